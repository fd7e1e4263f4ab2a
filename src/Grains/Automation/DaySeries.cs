using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>One target's totals per reporting day: what ad set and creative rules, and backtests, are judged on.</summary>
public sealed class DaySeries
{
    private readonly SortedDictionary<DateOnly, MetricTotals> _days = [];

    /// <summary>Day totals per value of <paramref name="target"/> (an ad set or ad id) over the date range; cells without one are left out.</summary>
    public static Dictionary<string, DaySeries> By(
        IEnumerable<KeyValuePair<MetricCell, MetricTotals>> cells, DateOnly from, DateOnly to, Func<MetricCell, string?> target)
    {
        var series = new Dictionary<string, DaySeries>(StringComparer.Ordinal);
        foreach (var (cell, totals) in cells)
        {
            if (cell.Date >= from && cell.Date <= to && target(cell) is { Length: > 0 } key)
            {
                if (!series.TryGetValue(key, out var days))
                {
                    series[key] = days = new DaySeries();
                }

                days.Add(cell.Date, totals);
            }
        }

        return series;
    }

    public void Add(DateOnly day, MetricTotals totals) =>
        _days[day] = _days.TryGetValue(day, out var existing) ? existing + totals : totals;

    /// <summary>Whether any day from <paramref name="from"/> to <paramref name="to"/>, both included, has reported numbers.</summary>
    public bool Has(DateOnly from, DateOnly to) => _days.Keys.SkipWhile(day => day < from).Any(day => day <= to);

    /// <summary>Sum over the days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public MetricTotals Sum(DateOnly from, DateOnly to) => Sum(_days, from, to);

    /// <summary>Sum of day totals from <paramref name="from"/> to <paramref name="to"/>, both included: campaigns, segments and parts alike.</summary>
    public static MetricTotals Sum(SortedDictionary<DateOnly, MetricTotals> days, DateOnly from, DateOnly to)
    {
        var sum = MetricTotals.Zero;
        foreach (var (day, totals) in days)
        {
            if (day > to)
            {
                break;
            }

            if (day >= from)
            {
                sum += totals;
            }
        }

        return sum;
    }
}
