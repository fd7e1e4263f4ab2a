using System.IO.Enumeration;
using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>Whether a campaign is among a rule's targets: it must pass every list the scope sets.</summary>
public static class RuleScopes
{
    public static bool Covers(RuleScope? scope, CampaignKey campaign, CampaignMetadata metadata)
    {
        if (scope is null)
        {
            return true;
        }

        var platform = campaign.Platform.ToString().ToLowerInvariant();
        var status = (metadata.Status ?? CampaignStatus.Active).ToString().ToLowerInvariant();
        return Allows(scope.Platforms, platform)
            && Allows(scope.CampaignIds, $"{platform}:{campaign.CampaignId}")
            && Allows(scope.Statuses, status)
            && (scope.CampaignNamePattern is not { } pattern
                || (metadata.Name is { } name && FileSystemName.MatchesSimpleExpression(pattern, name, ignoreCase: true)));
    }

    /// <summary>Whether the scope may cover the campaign, judged on its key alone (platform and id): the name and status need its metadata.</summary>
    public static bool MayCover(RuleScope? scope, CampaignKey campaign)
    {
        var platform = campaign.Platform.ToString().ToLowerInvariant();
        return scope is null || (Allows(scope.Platforms, platform) && Allows(scope.CampaignIds, $"{platform}:{campaign.CampaignId}"));
    }

    /// <summary>Whether the scope reaches a campaign's ad sets or creatives: every list but the statuses, which ask about the parts themselves.</summary>
    public static bool CoversPartsOf(RuleScope scope, CampaignKey campaign, CampaignMetadata metadata) =>
        Covers(scope with { Statuses = null }, campaign, metadata);

    /// <summary>Whether an ad set or creative of a campaign the scope reaches is a target: listed (if the scope lists any of its level) and with a status asked.</summary>
    public static bool CoversPart(RuleScope scope, string id, CampaignStatus status) =>
        Allows(scope.Level == RuleLevel.AdSet ? scope.AdSetIds : scope.CreativeIds, id)
        && Allows(scope.Statuses, status.ToString().ToLowerInvariant());

    private static bool Allows(IReadOnlyList<string>? allowed, string value) =>
        allowed is not { Count: > 0 } || allowed.Contains(value, StringComparer.Ordinal);
}
