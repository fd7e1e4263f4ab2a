using GrainMarketing.Metrics;

namespace GrainMarketing.Demographics;

/// <summary>A pre-aggregated change to one segment on one reporting date.</summary>
/// <param name="Currency">The currency the change's money is in, as its campaign names it; null for the tenant's own.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.SegmentDelta")]
public sealed record SegmentDelta([property: Id(0)] DateOnly Date, [property: Id(1)] MetricTotals Totals, [property: Id(2)] string? Currency = null);
