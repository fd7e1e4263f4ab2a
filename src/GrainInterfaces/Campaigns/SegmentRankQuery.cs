using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>Which segments to rank: one dimension (or the age x gender cross) over the window, by a metric, above a minimum spend.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.SegmentRankQuery")]
public sealed record SegmentRankQuery(
    [property: Id(0)] QueryWindow Window,
    [property: Id(1)] Dimension Dimension,
    [property: Id(2)] bool Cross,
    [property: Id(3)] string Metric,
    [property: Id(4)] string Order,
    [property: Id(5)] decimal MinSpend);
