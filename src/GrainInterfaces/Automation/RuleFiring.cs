namespace GrainMarketing.Automation;

/// <summary>One entry of a rule's history: what judged, on which target and day, the evidence and each action's outcome.</summary>
/// <remarks>
/// The rule version that judged, the target, the tenant's day and the evidence seen (every condition's
/// values and posterior probabilities), and each action's outcome. A <see cref="FiringKind.Reversed"/>
/// entry names the firing it reverses in <see cref="RelatesTo"/>.
/// </remarks>
/// <param name="Target">The campaign key, with <c>/adset/{id}</c> or <c>/creative/{id}</c> for those levels.</param>
/// <param name="Day">The tenant's date the windows ended on.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RuleFiring")]
public sealed record RuleFiring(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Tenant,
    [property: Id(2)] Guid RuleId,
    [property: Id(3)] int RuleVersion,
    [property: Id(4)] string RuleName,
    [property: Id(5)] RuleLevel Level,
    [property: Id(6)] string Target,
    [property: Id(7)] FiringKind Kind,
    [property: Id(8)] bool DryRun,
    [property: Id(9)] DateTimeOffset At,
    [property: Id(10)] DateOnly Day,
    [property: Id(11)] IReadOnlyList<ConditionEvidence> Conditions,
    [property: Id(12)] IReadOnlyList<ActionOutcome> Actions,
    [property: Id(13)] Guid? RelatesTo = null);
