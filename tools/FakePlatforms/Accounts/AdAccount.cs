namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>One seeded ad account (Meta ad account, Google customer, TikTok advertiser, Snapchat ad account).</summary>
public sealed class AdAccount
{
    public required Platform Platform { get; init; }

    /// <summary>The platform's id, without Meta's <c>act_</c> prefix.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Currency { get; init; }

    /// <summary>IANA time zone; the account's days are its local days.</summary>
    public required string TimeZone { get; init; }

    public required IReadOnlyList<Campaign> Campaigns { get; init; }

    /// <summary>Guards the writable parts (status, budgets) of this account's entities.</summary>
    public object Gate { get; } = new();

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public Campaign? FindCampaign(string id) => Campaigns.FirstOrDefault(c => c.Id == id);

    public (Campaign Campaign, AdSet AdSet)? FindAdSet(string id) =>
        Campaigns.SelectMany(c => c.AdSets.Select(s => (c, s))).Where(p => p.s.Id == id).Select(p => ((Campaign, AdSet)?)p).FirstOrDefault();
}
