namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>An ad set (Meta), ad group (Google, TikTok) or ad squad (Snapchat); status and budget change by write-back.</summary>
public sealed class AdSet
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<Ad> Ads { get; init; }

    public bool Active { get; set; } = true;

    public long DailyBudgetMinor { get; set; }

    /// <summary>When the budget was changed through the API: Meta allows four changes an hour per ad set.</summary>
    public List<DateTimeOffset> BudgetChanges { get; } = [];
}
