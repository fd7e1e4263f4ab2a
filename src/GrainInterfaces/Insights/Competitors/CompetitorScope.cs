namespace GrainMarketing.Insights.Competitors;

/// <summary>Names the scope of auction-insights imports: a tenant's campaign, or its whole account.</summary>
public static class CompetitorScope
{
    public const int MaxCampaignLength = 100;

    /// <summary>The grain key: <c>tenant/account</c> or <c>tenant/campaign/{campaign}</c>.</summary>
    public static string Key(string tenant, string? campaign) =>
        campaign is null ? $"{tenant}/account" : $"{tenant}/campaign/{campaign}";

    /// <summary>The tenant and campaign (null for the account) of a key made by <see cref="Key"/>.</summary>
    public static (string Tenant, string? Campaign) Parse(string key)
    {
        var parts = key.Split('/', 3);
        return (parts[0], parts.Length == 3 ? parts[2] : null);
    }

    /// <summary>A campaign name or id is 1-100 characters without '/' or control characters.</summary>
    public static bool IsValidCampaign(string campaign) =>
        campaign.Length is > 0 and <= MaxCampaignLength && !campaign.Any(c => c == '/' || char.IsControl(c));
}
