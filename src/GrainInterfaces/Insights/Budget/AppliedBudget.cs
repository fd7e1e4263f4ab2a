namespace GrainMarketing.Insights.Budget;

/// <summary>One campaign of an applied proposal: the budget set (or why not) and the firing in its automation history.</summary>
/// <param name="Result"><c>applied</c>, <c>deferred</c> (the campaign's action budget is spent), <c>unchanged</c>, <c>held</c> (no curve) or <c>alreadyApplied</c>.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Budget.AppliedBudget")]
public sealed record AppliedBudget(
    [property: Id(0)] string Campaign,
    [property: Id(1)] string? From,
    [property: Id(2)] decimal To,
    [property: Id(3)] string Result,
    [property: Id(4)] Guid? FiringId,
    [property: Id(5)] string? Detail);
