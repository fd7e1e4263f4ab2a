using GrainMarketing.Demographics;

namespace GrainMarketing.Campaigns;

/// <summary>Segments in rank order, and how many the minimum spend left out.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RankedSegments")]
public sealed record RankedSegments([property: Id(0)] IReadOnlyList<SegmentSummary> Segments, [property: Id(1)] int Excluded);
