using System.Text.RegularExpressions;

namespace GrainMarketing.Metrics;

/// <summary>Names a campaign grain: <c>{tenant}/{platform}/{campaignId}</c>, so no campaign can be addressed outside its tenant.</summary>
/// <remarks>Campaign ids are the platform's own (digits for Meta and Google, anything URL-safe for other sources).</remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CampaignKey")]
public sealed partial record CampaignKey(
    [property: Id(0)] string Tenant,
    [property: Id(1)] AdPlatform Platform,
    [property: Id(2)] string CampaignId)
{
    public const int MaxIdLength = 100;

    public override string ToString() => $"{Tenant}/{Platform.ToString().ToLowerInvariant()}/{CampaignId}";

    public static CampaignKey Parse(string key)
    {
        var parts = key.Split('/', 3);
        return parts.Length == 3 && Enum.TryParse<AdPlatform>(parts[1], ignoreCase: true, out var platform)
            ? new CampaignKey(parts[0], platform, parts[2])
            : throw new FormatException($"'{key}' is not a campaign key (tenant/platform/campaign).");
    }

    /// <summary>1-100 characters of letters, digits and <c>_ . : -</c>.</summary>
    public static bool IsValidId(string? id) => id is not null && Id().IsMatch(id);

    [GeneratedRegex(@"^[A-Za-z0-9_.:-]{1,100}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Id();
}
