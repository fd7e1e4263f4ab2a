using GrainMarketing.Demographics;

namespace GrainMarketing.Campaigns;

/// <summary>One segment's part of a flush.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.SegmentFlush")]
public sealed record SegmentFlush([property: Id(0)] SegmentKey Segment, [property: Id(1)] IReadOnlyList<SegmentDelta> Deltas);
