namespace GrainMarketing.Insights.Budget;

/// <summary>A campaign as the optimiser sees it: its current budget, the range it may move in, and its response curve.</summary>
public sealed record BudgetCandidate(string Campaign, double Current, BudgetLimit Lower, BudgetLimit Upper, HillParameters Curve);
