namespace GrainMarketing.Automation;

/// <summary>A history entry as stored: <see cref="Sequence"/> grows with every entry and is the paging cursor.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.StoredFiring")]
public sealed record StoredFiring(
    [property: Id(0)] long Sequence,
    [property: Id(1)] RuleFiring Firing);
