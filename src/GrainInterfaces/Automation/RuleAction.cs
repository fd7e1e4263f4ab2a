namespace GrainMarketing.Automation;

/// <summary>One action a rule plays on its target.</summary>
/// <remarks>
/// One action: <c>pause</c>, <c>resume</c>, <c>setBudget</c> (<see cref="Amount"/>), <c>scaleBudget</c>
/// (<see cref="Percent"/>, kept within <see cref="Min"/>-<see cref="Max"/>), <c>notify</c>
/// (<see cref="Channels"/> at <see cref="Severity"/>) or <c>tag</c> (<see cref="Tag"/>).
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RuleAction")]
public sealed record RuleAction(
    [property: Id(0)] RuleActionType? Type,
    [property: Id(1)] decimal? Amount = null,
    [property: Id(2)] decimal? Percent = null,
    [property: Id(3)] decimal? Min = null,
    [property: Id(4)] decimal? Max = null,
    [property: Id(5)] IReadOnlyList<string>? Channels = null,
    [property: Id(6)] AlertSeverity? Severity = null,
    [property: Id(7)] string? Tag = null);
