namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>A seeded campaign. Status and budget change by write-back; the history is drawn from the seeded budget, so a change never rewrites the past.</summary>
public sealed class Campaign
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The platform's own objective word (OUTCOME_SALES, SEARCH, WEB_CONVERSIONS, SALES...).</summary>
    public required string Objective { get; init; }

    /// <summary>Google's campaign budget is its own resource; the other platforms ignore this id.</summary>
    public required string BudgetId { get; init; }

    public required long SeedBudgetMinor { get; init; }

    /// <summary>Cost of a thousand impressions in minor units; shapes the numbers.</summary>
    public required long CpmMinor { get; init; }

    /// <summary>Average order value in minor units.</summary>
    public required long AovMinor { get; init; }

    public required IReadOnlyList<AdSet> AdSets { get; init; }

    /// <summary>Whether the seed had it running; a campaign seeded paused stopped spending a week ago.</summary>
    public required bool SeedActive { get; init; }

    public bool Active { get; set; }

    public long DailyBudgetMinor { get; set; }

    public List<DateTimeOffset> BudgetChanges { get; } = [];

    public int AdCount => AdSets.Sum(s => s.Ads.Count);
}
