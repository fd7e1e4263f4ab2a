namespace GrainMarketing.Automation;

/// <summary>What one condition saw, and whether it held.</summary>
/// <remarks>
/// What one condition saw: the value over its window, the previous window's value and the relative change
/// where it compares changes, the posterior probability where it asks for confidence, and whether it held
/// (a guard that was not met or an undefined KPI never holds).
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ConditionEvidence")]
public sealed record ConditionEvidence(
    [property: Id(0)] RuleCondition Condition,
    [property: Id(1)] decimal? Value,
    [property: Id(2)] decimal? Previous,
    [property: Id(3)] decimal? Change,
    [property: Id(4)] double? Probability,
    [property: Id(5)] bool GuardMet,
    [property: Id(6)] bool Holds);
