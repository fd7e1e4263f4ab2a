namespace GrainMarketing.Automation;

/// <summary>One action of a firing and what became of it: the value before and after where it changes one.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ActionOutcome")]
public sealed record ActionOutcome(
    [property: Id(0)] RuleActionType Type,
    [property: Id(1)] ActionResult Result,
    [property: Id(2)] string? From = null,
    [property: Id(3)] string? To = null,
    [property: Id(4)] string? Detail = null);
