using GrainMarketing.Errors;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary>Campaign ids in URLs: <c>{platform}:{platform campaign id}</c>, for example <c>meta:916</c>.</summary>
public static class CampaignIds
{
    public static string Format(CampaignKey key) => $"{key.Platform.ToString().ToLowerInvariant()}:{key.CampaignId}";

    /// <summary>The campaign key, or 404 for an id that cannot name a campaign.</summary>
    public static CampaignKey Parse(string tenant, string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            && Enum.TryParse<AdPlatform>(id[..colon], ignoreCase: true, out var platform)
            && !int.TryParse(id[..colon], out _)
            && CampaignKey.IsValidId(id[(colon + 1)..])
                ? new CampaignKey(tenant, platform, id[(colon + 1)..])
                : throw new NotFoundException("Campaign", id);
    }
}
