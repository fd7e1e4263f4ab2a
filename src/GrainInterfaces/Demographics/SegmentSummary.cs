using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using GrainMarketing.Metrics;

namespace GrainMarketing.Demographics;

/// <summary>A segment's sums over a date range across all of the tenant's campaigns, money in the tenant's currency.</summary>
/// <param name="Conversion">The rates used and what had none (left out of <paramref name="Totals"/>); null when all money was in the tenant's currency.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.SegmentSummary")]
public sealed record SegmentSummary(
    [property: Id(0)] SegmentKey Key,
    [property: Id(1)] MetricTotals Totals,
    [property: Id(2)] Freshness Freshness,
    [property: Id(3)] Conversion? Conversion = null);
