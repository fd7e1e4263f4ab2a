namespace GrainMarketing.Automation;

/// <summary>A rule judged against one target's numbers: whether it holds, and every condition's evidence.</summary>
/// <remarks>
/// Whether it holds (never for a target outside the rule's scope, whose conditions are still shown), and
/// every condition's evidence.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RuleEvaluation")]
public sealed record RuleEvaluation(
    [property: Id(0)] bool Holds,
    [property: Id(1)] IReadOnlyList<ConditionEvidence> Conditions,
    [property: Id(2)] bool InScope = true);
