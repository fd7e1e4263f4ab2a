namespace GrainMarketing.Insights.Budget;

/// <summary>One end of the range a campaign's budget may move in, and what set it (<c>min</c>, <c>max</c>, <c>maxChangePercent</c>, or <c>none</c>).</summary>
public readonly record struct BudgetLimit(double Value, string Source);
