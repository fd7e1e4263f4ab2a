namespace GrainMarketing.Insights.Budget;

/// <summary>A campaign's response curves of conversions and conversion value to daily spend, or why they could not be fitted.</summary>
/// <param name="Campaign">The campaign key (tenant/platform/campaign).</param>
/// <param name="CurrentDailySpend">The spend the marginal figures are taken at: the daily budget, or the last 7 days' mean spend without one.</param>
/// <param name="CurrentSpendSource"><c>dailyBudget</c> or <c>recentSpend</c>.</param>
/// <param name="MarginalRoas">Conversion value the next unit of spend buys at the current spend.</param>
/// <param name="MarginalCpa">What the next conversion costs at the current spend (1 / marginal conversions).</param>
/// <param name="Unfitted">Per outcome (and requirement) why no curve was fitted: empty when both were.</param>
/// <param name="Currency">The currency the campaign's money (spend, conversion value, the marginals) is in when it names one; null: the tenant's.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Budget.CampaignResponseCurves")]
public sealed record CampaignResponseCurves(
    [property: Id(0)] string Campaign,
    [property: Id(1)] DateOnly From,
    [property: Id(2)] DateOnly To,
    [property: Id(3)] double CurrentDailySpend,
    [property: Id(4)] string CurrentSpendSource,
    [property: Id(5)] ResponseCurve? Conversions,
    [property: Id(6)] ResponseCurve? ConversionValue,
    [property: Id(7)] Estimate? MarginalRoas,
    [property: Id(8)] Estimate? MarginalCpa,
    [property: Id(9)] IReadOnlyDictionary<string, string> Unfitted,
    [property: Id(10)] DateTimeOffset FittedAt,
    [property: Id(11)] string? Currency = null)
{
    /// <summary>The curve the objective reads, null when it could not be fitted.</summary>
    public ResponseCurve? For(BudgetObjective objective) => objective == BudgetObjective.Conversions ? Conversions : ConversionValue;
}
