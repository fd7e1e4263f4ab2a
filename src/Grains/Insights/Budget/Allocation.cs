namespace GrainMarketing.Insights.Budget;

/// <summary>The daily budget the optimiser gives one campaign, and the limit it stopped at, if any.</summary>
public sealed record Allocation(BudgetCandidate Candidate, double Proposed, string? Binding);
