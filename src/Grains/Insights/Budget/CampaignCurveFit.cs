using System.IO.Hashing;
using System.Text;
using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Budget;

/// <summary>Fits both of a campaign's response curves (conversions and conversion value) from its daily series, or names what is missing.</summary>
public static class CampaignCurveFit
{
    /// <summary>Days of history a fit reads, ending with the tenant's last closed day.</summary>
    public const int HistoryDays = 120;

    /// <param name="days">The campaign's days in [<paramref name="from"/>, <paramref name="to"/>]; days absent from it had no spend.</param>
    public static CampaignResponseCurves Fit(CampaignKey campaign, decimal? dailyBudget, IReadOnlyList<DayTotals> days, DateOnly from, DateOnly to, DateTimeOffset now)
    {
        var byDate = days.ToDictionary(d => d.Date, d => d.Totals);
        var first = days.Where(d => d.Totals.Spend > 0).Select(d => d.Date).DefaultIfEmpty(to).Min();
        var calendar = Enumerable.Range(0, to.DayNumber - Math.Max(first.DayNumber, from.DayNumber) + 1)
            .Select(i => Max(first, from).AddDays(i))
            .Select(date => (Date: date, Totals: byDate.GetValueOrDefault(date)))
            .ToList();
        var recent = calendar.TakeLast(7).Select(d => (double)d.Totals.Spend).DefaultIfEmpty(0).Average();
        var (current, source) = dailyBudget is > 0 ? ((double)dailyBudget.Value, "dailyBudget") : (recent, "recentSpend");
        var unfitted = new Dictionary<string, string>(StringComparer.Ordinal);
        var seed = (int)XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(campaign.ToString()));
        var conversions = Curve(BudgetObjective.Conversions, "conversions", calendar.Select(d => (d.Date, (double)d.Totals.Spend, (double)d.Totals.Conversions)).ToList(), current, seed, unfitted);
        var value = Curve(BudgetObjective.ConversionValue, "conversionValue", calendar.Select(d => (d.Date, (double)d.Totals.Spend, (double)d.Totals.ConversionValue)).ToList(), current, seed, unfitted);
        var marginalCpa = conversions is null || conversions.Fitted.Marginal(current) <= 0
            ? null
            : Percentiles.Of(1 / conversions.Fitted.Marginal(current), conversions.Draws.Select(d => 1 / d.Marginal(current)));
        return new CampaignResponseCurves(campaign.ToString(), Max(first, from), to, current, source, conversions, value, value?.Marginal, marginalCpa, unfitted, now);
    }

    private static ResponseCurve? Curve(
        BudgetObjective outcome, string name, List<(DateOnly Date, double Spend, double Outcome)> days, double current, int seed, Dictionary<string, string> unfitted)
    {
        var data = CurveData.From(days);
        var missing = CurveRequirements.Missing(data, name);
        foreach (var (requirement, reason) in missing)
        {
            unfitted[requirement] = reason;
        }

        return missing.Count == 0 ? ResponseCurveEstimator.Estimate(outcome, data, current, seed) : null;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
