using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Pages.Tenant.Automation;
using Microsoft.Kiota.Abstractions;

namespace GrainMarketing.DashboardTests;

/// <summary>The backtest chart: the condition's metric over its window on each day, its threshold, and the API's firings per day.</summary>
public sealed class BacktestSeriesTests
{
    private static readonly DateOnly First = new(2026, 3, 1);

    [Fact]
    public void AKpiIsTheRatioOfTheWindowsSumsAndEveryFiringCountsOnItsDay()
    {
        var daily = new List<SeriesPoint>
        {
            Day(0, spend: 100, conversions: 2),
            Day(1, spend: 60, conversions: 0),
            Day(2, spend: 40, conversions: 3),
        };
        var cpaOver2Days = new RuleCondition { Metric = RuleMetric.Cpa, Window = "2d", Comparator = RuleComparator.Gt, Threshold = 45 };
        var firings = new List<BacktestFiring>
        {
            new() { Day = new Date(2026, 3, 2), Target = "meta:916" },
            new() { Day = new Date(2026, 3, 2), Target = "meta:916/adset/4" },
        };

        var series = BacktestSeries.Build(cpaOver2Days, daily, First, First.AddDays(2), dailyBudget: null, firings);

        Assert.Equal(["2026-03-01", "2026-03-02", "2026-03-03"], series.Days);
        Assert.Equal([50d, 80d, 100d / 3], series.Metric);
        Assert.Equal([45d, 45d, 45d], series.Threshold);
        Assert.Equal([0d, 2d, 0d], series.Firings);
    }

    [Fact]
    public void AChangeComparesTheWindowWithTheOneBeforeAndBudgetUsedCountsTheWindowsDays()
    {
        var daily = new List<SeriesPoint> { Day(0, spend: 100, conversions: 1), Day(1, spend: 70, conversions: 1) };
        var spendChange = new RuleCondition { Metric = RuleMetric.Spend, Window = "today", Comparator = RuleComparator.Lte, Change = -0.2 };

        var change = BacktestSeries.Build(spendChange, daily, First.AddDays(1), First.AddDays(1), null, []);

        Assert.Equal(-0.3, change.Metric[0], 6);
        Assert.Equal([-0.2], change.Threshold);
        Assert.Equal(1.7 / 2, BacktestSeries.ValueOf(RuleMetric.BudgetUsed, new MetricTotals { Spend = 170 }, window: 2, dailyBudget: 100));
        Assert.Null(BacktestSeries.ValueOf(RuleMetric.BudgetUsed, new MetricTotals { Spend = 170 }, window: 2, dailyBudget: null));
    }

    [Fact]
    public void ALongRangeNamesAboutEightDaysEndingOnTheLast()
    {
        var series = BacktestSeries.Build(new RuleCondition { Metric = RuleMetric.Spend, Window = "7d", Threshold = 1 }, [], First, First.AddDays(29), null, []);

        Assert.Equal(30, series.AxisLabels.Count);
        Assert.Equal("Mar 30", series.AxisLabels[^1]);
        Assert.InRange(series.AxisLabels.Count(label => label.Length > 0), 4, 6);
    }

    private static SeriesPoint Day(int offset, double spend, double conversions) => new()
    {
        Period = First.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Totals = new MetricTotals { Spend = spend, Conversions = conversions, Impressions = 1000, Clicks = 50 },
    };
}
