namespace GrainMarketing.Automation;

/// <summary>A tenant's automation rule as its author writes it (the JSON body of the rules API).</summary>
/// <remarks>
/// Missing fields arrive as null and are named by <see cref="RuleValidation"/>; a stored rule is always
/// valid.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RuleDefinition")]
public sealed record RuleDefinition(
    [property: Id(0)] string? Name,
    [property: Id(1)] IReadOnlyList<RuleCondition>? Conditions,
    [property: Id(2)] IReadOnlyList<RuleAction>? Actions,
    [property: Id(3)] RuleScope? Scope = null,
    [property: Id(4)] RuleMatch Match = RuleMatch.All,
    [property: Id(5)] RuleGuards? Guards = null,
    [property: Id(6)] string? Cooldown = null,
    [property: Id(7)] bool Enabled = true,
    [property: Id(8)] bool DryRun = false,
    [property: Id(9)] string? Description = null);
