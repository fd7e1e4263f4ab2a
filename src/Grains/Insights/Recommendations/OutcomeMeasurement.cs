using GrainMarketing.Campaigns;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Measures what an applied recommendation did: the tenant's conversions per unit of spend over the days after the apply day against the days before, as conversions per week at the spend after.</summary>
/// <remarks>
/// Measured on the tenant's totals because a pause or a shift moves conversions between campaigns: the gain shows
/// only in the sum. A raised budget (<see cref="RecommendationKind.ScaleCampaign"/>) adds spend, and more spend buys
/// conversions at a lower rate, so its change is the tenant's conversions per week after against before. The verdict
/// waits for <see cref="MinimumDays"/> closed days after the apply day and compares the measured change with the
/// expectation's 80% interval; measuring stops after <see cref="MeasuredDays"/> days. An expectation in conversion
/// value (a pause judged by ROAS, <see cref="ValueMetric"/>) is measured as conversion value per unit of spend.
/// </remarks>
public static class OutcomeMeasurement
{
    public const int MeasuredDays = 14;
    public const int MinimumDays = 7;
    public const string ValueMetric = "conversionValue";

    /// <summary>The outcome over <paramref name="days"/> (the tenant's daily totals) for a recommendation applied on <paramref name="appliedDay"/>, the last closed day being <paramref name="lastClosed"/>; null before a day has closed.</summary>
    public static RecommendationOutcome? Measure(
        IReadOnlyList<DayTotals> days, DateOnly appliedDay, DateOnly lastClosed, RecommendationImpact expected, DateTimeOffset now, RecommendationKind kind = RecommendationKind.PauseCampaign)
    {
        var before = days.Where(d => d.Date < appliedDay && d.Date >= appliedDay.AddDays(-MeasuredDays)).ToList();
        var after = days.Where(d => d.Date > appliedDay && d.Date <= lastClosed && d.Date <= appliedDay.AddDays(MeasuredDays)).ToList();
        if (before.Count == 0 || after.Count == 0)
        {
            return null;
        }

        Func<DayTotals, double> gained = expected.Metric == ValueMetric ? d => (double)d.Totals.ConversionValue : d => (double)d.Totals.Conversions;
        var rateBefore = Rate(before, gained);
        var rateAfter = Rate(after, gained);
        var weeklySpend = after.Sum(d => (double)d.Totals.Spend) / after.Count * 7;
        var change = kind == RecommendationKind.ScaleCampaign
            ? (Weekly(after) - Weekly(before))
            : (rateAfter - rateBefore) * weeklySpend;
        var verdict = after.Count < MinimumDays ? "measuring"
            : change < expected.Lower80 ? "belowExpected"
            : change > expected.Upper80 ? "aboveExpected"
            : "asExpected";
        return new RecommendationOutcome(appliedDay, before.Count, after.Count, rateBefore, rateAfter, change, expected, verdict, now);
    }

    private static double Weekly(List<DayTotals> days) => days.Sum(d => (double)d.Totals.Conversions) / days.Count * 7;

    private static double Rate(List<DayTotals> days, Func<DayTotals, double> gained)
    {
        var spend = days.Sum(d => (double)d.Totals.Spend);
        return spend > 0 ? days.Sum(gained) / spend : 0;
    }
}
