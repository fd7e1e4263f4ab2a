using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using GrainMarketing.Insights.Forecasts;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Insights.Forecasts;

public sealed class SeriesForecastsTests
{
    private static readonly DateOnly Through = new(2026, 11, 29);
    private static readonly ForecastSeries Tenant = new("t", ForecastLevel.Tenant, ForecastSeries.WholeTenant);

    [Fact]
    public void DaysWithoutARateAreMissingNotPartOrZeroAndTheHistoryNamesThem()
    {
        // Eight weeks near 1,000 a day; the last week's USD money had no rate: four days keep only their 100 in the
        // tenant's currency, three had nothing else. Read as whole days, the last week would pull the forecast to ~60.
        var spend = GeneratedSeries.Weekly(seed: 3, days: 56, level: 1_000, trendPerDay: 0, noiseShare: 0.03);
        var dates = Enumerable.Range(0, 56).Select(i => Through.AddDays(i - 55)).ToArray();
        var lastWeek = dates[^7..];
        List<DayTotals> days = [.. dates[..^3].Select((date, i) => new DayTotals(date, Spend(lastWeek.Contains(date) ? 100 : spend[i])))];
        var unconverted = new UnconvertedMoney("USD", lastWeek, Spend(7 * 900));

        var set = SeriesForecasts.Fit(Tenant, "EUR", Through, new ConvertedDays(days, [unconverted]), new HashSet<DateOnly>(), DateTimeOffset.UnixEpoch);

        Assert.Null(set.Missing);
        Assert.Equal((dates[0], 56, 49), (set.History!.From, set.History.Days, set.History.DaysWithData));
        Assert.Equal([unconverted], set.History.Unconverted);
        var tomorrow = set.Forecasts.Single(f => f.Metric == ForecastMetric.Spend).Days[0];
        Assert.InRange(tomorrow.Value!.Value, 800, 1_300);
    }

    [Fact]
    public void AHistoryStartsAtItsFirstDayEvenWhenThatDayHadNoRate()
    {
        List<DayTotals> days = [.. Enumerable.Range(0, 30).Select(i => new DayTotals(Through.AddDays(-i), Spend(500)))];
        var first = Through.AddDays(-40);

        var set = SeriesForecasts.Fit(Tenant, "EUR", Through, new ConvertedDays(days, [new UnconvertedMoney("USD", [first], Spend(10))]), new HashSet<DateOnly>(), DateTimeOffset.UnixEpoch);

        Assert.Equal((first, 41, 30), (set.History!.From, set.History.Days, set.History.DaysWithData));
    }

    private static MetricTotals Spend(double spend) =>
        new((long)(spend * 100), 0, (long)spend, Math.Round((decimal)spend, 2), Math.Round((decimal)spend / 50), Math.Round((decimal)spend * 2, 2));
}
