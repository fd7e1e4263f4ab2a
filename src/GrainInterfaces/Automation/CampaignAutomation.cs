namespace GrainMarketing.Automation;

/// <summary>What rules have done to one campaign.</summary>
/// <remarks>
/// Its tags, the ad sets' and creatives' controls by target key, the changes waiting for the platform, and
/// its most recent firings.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CampaignAutomation")]
public sealed record CampaignAutomation(
    [property: Id(0)] IReadOnlyList<string> Tags,
    [property: Id(1)] IReadOnlyDictionary<string, TargetControl> Targets,
    [property: Id(2)] IReadOnlyList<PendingPlatformChange> PendingChanges,
    [property: Id(3)] IReadOnlyList<RuleFiring> RecentFirings);
