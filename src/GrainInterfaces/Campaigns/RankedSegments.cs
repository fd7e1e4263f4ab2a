using GrainMarketing.Currencies;
using GrainMarketing.Demographics;

namespace GrainMarketing.Campaigns;

/// <summary>Segments in rank order, and how many the minimum spend left out.</summary>
/// <param name="Conversion">Every rate the segments asked used and what none could convert; null when all money was in the tenant's currency.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RankedSegments")]
public sealed record RankedSegments(
    [property: Id(0)] IReadOnlyList<SegmentSummary> Segments,
    [property: Id(1)] int Excluded,
    [property: Id(2)] Conversion? Conversion = null);
