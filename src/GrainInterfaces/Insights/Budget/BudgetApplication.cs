namespace GrainMarketing.Insights.Budget;

/// <summary>What applying a proposal did to each campaign.</summary>
/// <param name="Complete">True once every campaign's budget is set; false while some are deferred by their action budget.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Budget.BudgetApplication")]
public sealed record BudgetApplication(
    [property: Id(0)] Guid Proposal,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] bool Complete,
    [property: Id(3)] IReadOnlyList<AppliedBudget> Campaigns);
