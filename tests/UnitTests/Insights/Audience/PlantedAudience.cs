using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Audience;
using GrainMarketing.Metrics;
using MathNet.Numerics.Distributions;

namespace GrainMarketing.UnitTests.Insights.Audience;

/// <summary>Simulated segments with planted truths: daily spend, Poisson conversions at a CPA that may depend on the day's spend, Gamma order values.</summary>
public static class PlantedAudience
{
    public static readonly DateOnly LastDay = new(2026, 12, 7);

    /// <summary>The range of the last <paramref name="days"/> days to <see cref="LastDay"/>.</summary>
    public static DateRange Range(int days) => new(LastDay.AddDays(1 - days), LastDay);

    /// <param name="spend">The day's spend by its index, 0 the first day.</param>
    /// <param name="cpa">The true CPA at a day's spend.</param>
    public static AudienceSegment Segment(
        Random random, string name, int days, Func<int, double> spend, Func<double, double> cpa, double orderValue = 60, double minimumConversions = AudienceInsights.MinimumConversions) =>
        new(name, Series(random, days, spend, cpa, orderValue), minimumConversions);

    public static IReadOnlyList<DayTotals> Series(Random random, int days, Func<int, double> spend, Func<double, double> cpa, double orderValue = 60) =>
        [.. Enumerable.Range(0, days).Select(day =>
        {
            var spent = spend(day);
            var conversions = Poisson.Sample(random, spent / cpa(spent));
            var value = Enumerable.Range(0, conversions).Sum(_ => Gamma.Sample(random, 2, 2 / orderValue));
            var clicks = (long)(spent / 0.8);
            return new DayTotals(LastDay.AddDays(day + 1 - days), new MetricTotals(clicks * 40, 0, clicks, Math.Round((decimal)spent, 2), conversions, Math.Round((decimal)value, 2)));
        })];
}
