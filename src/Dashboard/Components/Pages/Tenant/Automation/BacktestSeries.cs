using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Automation;

/// <summary>A backtest drawn for one campaign: a condition's metric over its window on each day, its threshold, and the days the rule fired.</summary>
/// <remarks>
/// The metric is recomputed from the campaign's daily totals the way the rule judges it at the end of each day (sums over the
/// window's days, KPIs as ratios of those sums, a change against the window before); days where it is undefined (a CPA
/// without conversions) are drawn at 0. The firings are the API's: they, not this curve, say when the rule would have acted.
/// </remarks>
public sealed record BacktestSeries(IReadOnlyList<string> Days, IReadOnlyList<double> Metric, IReadOnlyList<double> Threshold, IReadOnlyList<double> Firings)
{
    /// <summary>The x-axis: about five days named ("Nov 8"), the others blank, so a long range stays readable on a phone too.</summary>
    public IReadOnlyList<string> AxisLabels
    {
        get
        {
            var step = Math.Max(1, (int)Math.Ceiling(Days.Count / 5.0));
            return [.. Days.Select((day, i) => (Days.Count - 1 - i) % step == 0
                ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMM d", CultureInfo.InvariantCulture)
                : "")];
        }
    }

    /// <summary>The days of a window: <c>today</c> and <c>24h</c> are one day, <c>7d</c> seven.</summary>
    public static int WindowDays(string? window) =>
        window is { Length: >= 2 } && window[^1] == 'd' && int.TryParse(window[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0 ? days : 1;

    /// <summary>
    /// The series from <paramref name="from"/> to <paramref name="to"/> for <paramref name="condition"/>, read from <paramref name="daily"/>
    /// (which should start twice the window earlier so the first days have a full window); <paramref name="firings"/> counts every
    /// target's firing on each day.
    /// </summary>
    public static BacktestSeries Build(
        RuleCondition condition, IReadOnlyList<SeriesPoint> daily, DateOnly from, DateOnly to, double? dailyBudget, IReadOnlyList<BacktestFiring> firings)
    {
        var byDay = daily.Where(p => p.Period is not null).ToDictionary(p => p.Period!, p => p.Totals ?? new MetricTotals(), StringComparer.Ordinal);
        var window = WindowDays(condition.Window);
        var days = new List<string>();
        var metric = new List<double>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            days.Add(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var now = ValueOf(condition.Metric, Sum(byDay, day, window), window, dailyBudget);
            var value = condition.Change is not null && condition.Threshold is null
                ? ChangeOf(now, ValueOf(condition.Metric, Sum(byDay, day.AddDays(-window), window), window, dailyBudget))
                : now;
            metric.Add(value ?? 0);
        }

        var line = condition.Threshold ?? condition.Change ?? 0;
        var fired = firings.Where(f => f.Day is not null).GroupBy(f => DayText(f.Day!.Value)).ToDictionary(g => g.Key, g => (double)g.Count(), StringComparer.Ordinal);
        return new BacktestSeries(days, metric, [.. days.Select(_ => line)], [.. days.Select(d => fired.GetValueOrDefault(d))]);
    }

    /// <summary>The metric of <paramref name="totals"/> summed over <paramref name="window"/> days; null where it is undefined.</summary>
    public static double? ValueOf(RuleMetric? metric, MetricTotals totals, int window, double? dailyBudget)
    {
        double impressions = totals.Impressions ?? 0, clicks = totals.Clicks ?? 0, spend = totals.Spend ?? 0;
        double conversions = totals.Conversions ?? 0, value = totals.ConversionValue ?? 0;
        return metric switch
        {
            RuleMetric.Impressions => impressions,
            RuleMetric.Reach => totals.Reach,
            RuleMetric.Clicks => clicks,
            RuleMetric.Spend => spend,
            RuleMetric.Conversions => conversions,
            RuleMetric.ConversionValue => value,
            RuleMetric.Ctr => Ratio(clicks, impressions),
            RuleMetric.Cpc => Ratio(spend, clicks),
            RuleMetric.Cpm => Ratio(spend * 1000, impressions),
            RuleMetric.Cpa => Ratio(spend, conversions),
            RuleMetric.Cvr => Ratio(conversions, clicks),
            RuleMetric.Roas => Ratio(value, spend),
            RuleMetric.Aov => Ratio(value, conversions),
            RuleMetric.Frequency => totals.Reach is { } reach && reach > 0 ? impressions / reach : null,
            RuleMetric.BudgetUsed => dailyBudget is > 0 ? spend / (dailyBudget.Value * window) : null,
            _ => null,
        };
    }

    /// <summary>An API date as the time series names its days, yyyy-MM-dd.</summary>
    public static string DayText(Microsoft.Kiota.Abstractions.Date date) =>
        new DateOnly(date.Year, date.Month, date.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double? ChangeOf(double? now, double? before) => now is { } current && before is { } previous && previous != 0 ? current / previous - 1 : null;

    private static double? Ratio(double top, double bottom) => bottom > 0 ? top / bottom : null;

    private static MetricTotals Sum(Dictionary<string, MetricTotals> byDay, DateOnly last, int window)
    {
        var sum = new MetricTotals { Impressions = 0, Reach = null, ReachDailySum = 0, Clicks = 0, Spend = 0, Conversions = 0, ConversionValue = 0 };
        for (var day = last.AddDays(1 - window); day <= last; day = day.AddDays(1))
        {
            if (byDay.TryGetValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), out var totals))
            {
                sum.Impressions += totals.Impressions ?? 0;
                sum.ReachDailySum += totals.ReachDailySum ?? 0;

                // Reach is not a sum: a window of one day keeps the day's reported reach, a longer one has none.
                sum.Reach = window == 1 ? totals.Reach : null;
                sum.Clicks += totals.Clicks ?? 0;
                sum.Spend += totals.Spend ?? 0;
                sum.Conversions += totals.Conversions ?? 0;
                sum.ConversionValue += totals.ConversionValue ?? 0;
            }
        }

        return sum;
    }
}
