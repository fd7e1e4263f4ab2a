namespace GrainMarketing.Automation;

/// <summary>A tenant's enabled rules at one version of its rule book: what the grains holding the numbers judge.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RuleSet")]
public sealed record RuleSet(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<RuleDetails> Rules);
