namespace GrainMarketing.Insights.Budget;

/// <summary>A proposed split of a daily budget, kept until <see cref="ExpiresAt"/> so it can be applied by <see cref="Id"/>.</summary>
/// <param name="CurrentOutcome">Expected daily outcome of the fitted campaigns at their current budgets.</param>
/// <param name="ProposedOutcome">The same at the proposed budgets.</param>
/// <param name="Gain">Proposed minus current, paired draw by draw so shared uncertainty cancels.</param>
/// <param name="EqualisedMarginalReturn">The outcome the next unit of spend buys on every campaign not at a limit; null when all are at one.</param>
/// <param name="AppliedAt">When the proposal was applied; null while it has not been.</param>
/// <param name="Currency">The campaigns' own currency, which the totals and every budget are in (a proposal never mixes two).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Budget.BudgetProposal")]
public sealed record BudgetProposal(
    [property: Id(0)] Guid Id,
    [property: Id(1)] BudgetObjective Objective,
    [property: Id(2)] decimal TotalDailyBudget,
    [property: Id(3)] decimal CurrentTotalBudget,
    [property: Id(4)] IReadOnlyList<CampaignAllocation> Campaigns,
    [property: Id(5)] Estimate CurrentOutcome,
    [property: Id(6)] Estimate ProposedOutcome,
    [property: Id(7)] Estimate Gain,
    [property: Id(8)] Estimate? EqualisedMarginalReturn,
    [property: Id(9)] string Reasoning,
    [property: Id(10)] DateTimeOffset CreatedAt,
    [property: Id(11)] DateTimeOffset ExpiresAt,
    [property: Id(12)] DateTimeOffset? AppliedAt = null,
    [property: Id(13)] string? Currency = null);
