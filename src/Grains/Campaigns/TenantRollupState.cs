using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

[GenerateSerializer, Alias("GrainMarketing.TenantRollupState")]
public sealed class TenantRollupState
{
    [Id(0)] public Dictionary<AdPlatform, SortedDictionary<DateOnly, MetricTotals>> Days { get; set; } = [];

    [Id(1)] public Dictionary<AdPlatform, DateTimeOffset> LastReceivedAt { get; set; } = [];

    [Id(2)] public Dictionary<AdPlatform, RecentBuckets> Recent { get; set; } = [];

    /// <summary>The breakdown combinations each platform's data has arrived in.</summary>
    [Id(3)] public Dictionary<AdPlatform, HashSet<Dimensions>> Reported { get; set; } = [];

    /// <summary>The last flush number applied per campaign.</summary>
    [Id(4)] public Dictionary<CampaignKey, long> AppliedFlushes { get; set; } = [];
}
