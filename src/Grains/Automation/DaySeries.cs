using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>One target's totals per reporting day: what ad set and creative rules, and backtests, are judged on.</summary>
public sealed class DaySeries
{
    private readonly SortedDictionary<DateOnly, MetricTotals> _days = [];

    public void Add(DateOnly day, MetricTotals totals) =>
        _days[day] = _days.TryGetValue(day, out var held) ? held + totals : totals;

    /// <summary>Sum over the days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public MetricTotals Sum(DateOnly from, DateOnly to)
    {
        var sum = MetricTotals.Zero;
        foreach (var (day, totals) in _days)
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
