namespace GrainMarketing.Profiles;

/// <summary>A page of entries and exits, newest first; <see cref="Next"/> is the cursor (<c>before</c>) for the page after, null at the end.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.PatternChangePage")]
public sealed record PatternChangePage(
    [property: Id(0)] IReadOnlyList<StoredPatternChange> Items,
    [property: Id(1)] long? Next);
