using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Demographics;

/// <summary>A segment's sums over a date range across all of the tenant's campaigns.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.SegmentSummary")]
public sealed record SegmentSummary(
    [property: Id(0)] SegmentKey Key,
    [property: Id(1)] MetricTotals Totals,
    [property: Id(2)] Freshness Freshness);
