namespace GrainMarketing.Automation;

/// <summary>A page of history, newest first; <see cref="Next"/> is the cursor for the page after, null at the end.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.FiringPage")]
public sealed record FiringPage(
    [property: Id(0)] IReadOnlyList<StoredFiring> Items,
    [property: Id(1)] long? Next);
