using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Audience;

/// <summary>One segment over the window: its sums, CPA and ROAS with intervals, its place in both rankings, its saturation and its weeks.</summary>
/// <param name="Segment">The segment's label: "25-34", or "25-34|female" for an age x gender cross.</param>
/// <param name="Sufficient">Whether it reached the report's minimum conversions; without them no interval, test or saturation is claimed.</param>
/// <param name="Insufficient">Why it was not judged; null when it was.</param>
/// <param name="Weeks">The segment by ISO week over the window, oldest first, each from its own sums.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AudienceSegmentInsight")]
public sealed record AudienceSegmentInsight(
    [property: Id(0)] string Segment,
    [property: Id(1)] MetricTotals Totals,
    [property: Id(2)] Kpis Kpis,
    [property: Id(3)] bool Sufficient,
    [property: Id(4)] string? Insufficient,
    [property: Id(5)] KpiEstimate Cpa,
    [property: Id(6)] KpiEstimate Roas,
    [property: Id(7)] SegmentComparison CpaRank,
    [property: Id(8)] SegmentComparison RoasRank,
    [property: Id(9)] SaturationAssessment Saturation,
    [property: Id(10)] IReadOnlyList<AudienceWeek> Weeks);
