namespace GrainMarketing.Automation;

/// <summary>A simulated firing of a backtest: its day, target, evidence and actions.</summary>
/// <remarks>
/// The day it would have fired on (judged as at the end of that day), the target, what each condition saw
/// and what each action would have done.
/// </remarks>
/// <param name="Target">The campaign (<c>meta:916</c>), or <c>meta:916/adset/12</c> and <c>meta:916/creative/77</c> for parts.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.BacktestFiring")]
public sealed record BacktestFiring(
    [property: Id(0)] DateOnly Day,
    [property: Id(1)] string Target,
    [property: Id(2)] IReadOnlyList<ConditionEvidence> Conditions,
    [property: Id(3)] IReadOnlyList<ActionOutcome> Actions);
