namespace GrainMarketing.Profiles;

/// <summary>A page of a segment's customers in id order; <see cref="Next"/> is the cursor (<c>after</c>) for the page after, null at the end.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.SegmentMemberPage")]
public sealed record SegmentMemberPage(
    [property: Id(0)] IReadOnlyList<SegmentMember> Members,
    [property: Id(1)] string? Next);
