using GrainMarketing.Metrics;

namespace GrainMarketing.Demographics;

/// <summary>A pre-aggregated change to one segment on one reporting date.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.SegmentDelta")]
public sealed record SegmentDelta([property: Id(0)] DateOnly Date, [property: Id(1)] MetricTotals Totals);
