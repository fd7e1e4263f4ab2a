using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>A campaign's sums over a date range, with what it is and how fresh the numbers are.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CampaignSummary")]
public sealed record CampaignSummary(
    [property: Id(0)] CampaignKey Key,
    [property: Id(1)] CampaignMetadata Metadata,
    [property: Id(2)] MetricTotals Totals,
    [property: Id(3)] Freshness Freshness);
