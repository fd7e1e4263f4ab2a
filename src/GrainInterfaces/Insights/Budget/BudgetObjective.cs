namespace GrainMarketing.Insights.Budget;

/// <summary>What a budget split maximises, and which response curve it reads.</summary>
public enum BudgetObjective
{
    Conversions,
    ConversionValue,
}
