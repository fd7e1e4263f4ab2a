namespace GrainMarketing.Insights.Budget;

/// <summary>The least and the most daily budget one campaign may be given (either may be open).</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Budget.BudgetBounds")]
public sealed record BudgetBounds(
    [property: Id(0)] decimal? Min,
    [property: Id(1)] decimal? Max);
