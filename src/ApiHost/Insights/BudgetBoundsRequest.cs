namespace GrainMarketing.ApiHost.Insights;

/// <summary>One campaign's daily budget limits in a split request; either may be absent.</summary>
public sealed record BudgetBoundsRequest(decimal? Min = null, decimal? Max = null);
