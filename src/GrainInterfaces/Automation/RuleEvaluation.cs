namespace GrainMarketing.Automation;

/// <summary>A rule judged against one target's numbers: whether it holds, and every condition's evidence.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RuleEvaluation")]
public sealed record RuleEvaluation(
    [property: Id(0)] bool Holds,
    [property: Id(1)] IReadOnlyList<ConditionEvidence> Conditions);
