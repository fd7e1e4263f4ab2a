namespace GrainMarketing.Campaigns;

/// <summary>A numbered flush of a campaign's changes to its tenant's segments and rollup.</summary>
/// <remarks>
/// It is persisted with the cells it comes from before it is sent, and re-sent with the same number until every
/// receiver has acknowledged it; receivers skip numbers they have already applied.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.FlushOutbox")]
public sealed record FlushOutbox(
    [property: Id(0)] long Sequence,
    [property: Id(1)] IReadOnlyList<SegmentFlush> Segments,
    [property: Id(2)] IReadOnlyList<PlatformDelta> Platform,
    [property: Id(3)] DateTimeOffset ReceivedAt);
