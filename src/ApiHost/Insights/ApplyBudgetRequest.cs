namespace GrainMarketing.ApiHost.Insights;

/// <summary>The body of <c>POST .../budget/apply</c>: the id of a proposal <c>.../budget/optimize</c> answered, before it expires.</summary>
public sealed record ApplyBudgetRequest(Guid? ProposalId = null);
