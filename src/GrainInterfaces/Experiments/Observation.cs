namespace GrainMarketing.Experiments;

/// <summary>One unit of a unit-level experiment (a recipient, a user): its variant, whether it converted and the value it brought (spend).</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Observation")]
public readonly record struct Observation(
    [property: Id(0)] string Variant,
    [property: Id(1)] bool Converted,
    [property: Id(2)] decimal Value);
