using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Insights;
using Microsoft.Kiota.Abstractions;

namespace GrainMarketing.DashboardTests.Insights;

public sealed class ForecastChartTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void TheHistoryStopsWhereTheForecastStartsAndTheBandsFanOutFromTheLastRecordedDay()
    {
        var chart = ForecastChart.From([(Today.AddDays(-2), 90), (Today.AddDays(-1), 110)], [Day(Today, 100, 80, 120, 70, 130), Day(Today.AddDays(1), 105, 82, 128, 71, 139)]);

        Assert.Equal(["Dec 5", "Dec 6", "Dec 7", "Dec 8"], chart.Labels);
        Assert.Equal([90, 110, null, null], Values(chart, ForecastChart.History));
        Assert.Equal([null, 110, 100, 105], Values(chart, ForecastChart.Forecast));
        Assert.Equal([null, 110, 80, 82], Values(chart, ForecastChart.Lower80));
        Assert.Equal([null, 110, 120, 128], Values(chart, ForecastChart.Upper80));
        Assert.Equal([null, 110, 70, 71], Values(chart, ForecastChart.Lower95));
        Assert.Equal([null, 110, 130, 139], Values(chart, ForecastChart.Upper95));
    }

    [Fact]
    public void EachColumnBecomesANamedSeriesOfTheSameLength()
    {
        var chart = ForecastChart.From([(Today.AddDays(-1), 110)], [Day(Today, 100, 80, 120, 70, 130)]);

        Assert.Equal([ForecastChart.History, ForecastChart.Forecast, ForecastChart.Lower80, ForecastChart.Upper80, ForecastChart.Lower95, ForecastChart.Upper95], chart.Series.Select(s => s.Name));
        Assert.All(chart.Series, series => Assert.Equal(2, series.Data.Count));
        Assert.Equal(120, chart.Series[3].Data.Values[1]);
    }

    [Fact]
    public void WithoutHistoryTheChartIsTheForecastAndAnUnboundedDayStaysEmpty()
    {
        var chart = ForecastChart.From([], [Day(Today, 4.5, null, null, null, null), Day(Today.AddDays(1), 5, 4, 6, 3, 7)]);

        Assert.Equal([4.5, 5], Values(chart, ForecastChart.Forecast));
        Assert.Equal([null, 4], Values(chart, ForecastChart.Lower80));
        Assert.All(Values(chart, ForecastChart.History), Assert.Null);
    }

    [Fact]
    public void HistoryIsTheMetricOnDaysBeforeTheForecastOldestFirst()
    {
        SeriesPoint[] points =
        [
            Point(Today, spend: 40, conversions: 1),
            Point(Today.AddDays(-1), spend: 100, conversions: 4),
            Point(Today.AddDays(-2), spend: 80, conversions: 0),
        ];
        var forecast = new ForecastResponse { Days = [Day(Today, 1, 0, 2, 0, 3)] };

        Assert.Equal([(Today.AddDays(-2), 80.0), (Today.AddDays(-1), 100.0)], ForecastChart.HistoryOf(points, ForecastMetric.Spend, forecast).Select(p => (p.Day, p.Value!.Value)));
        Assert.Equal([null, 25.0], ForecastChart.HistoryOf(points, ForecastMetric.Cpa, forecast).Select(p => p.Value));
    }

    private static double?[] Values(ForecastChart chart, string name) => chart.Columns.Single(column => column.Name == name).Values;

    private static ForecastDay Day(DateOnly day, double? value, double? lower80, double? upper80, double? lower95, double? upper95) =>
        new() { Date = new Date(day.Year, day.Month, day.Day), Value = value, Lower80 = lower80, Upper80 = upper80, Lower95 = lower95, Upper95 = upper95 };

    private static SeriesPoint Point(DateOnly day, double spend, double conversions) => new()
    {
        Period = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Totals = new MetricTotals { Spend = spend, Conversions = conversions },
        Kpis = new Kpis { Cpa = conversions > 0 ? spend / conversions : null },
    };
}
