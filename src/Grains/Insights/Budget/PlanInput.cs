namespace GrainMarketing.Insights.Budget;

/// <summary>One campaign to plan: its API id, current daily budget and the curve of the objective, or why it has none.</summary>
public sealed record PlanInput(string Campaign, double Current, ResponseCurve? Curve, string? Unfitted);
