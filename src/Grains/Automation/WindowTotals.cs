using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>A target's sums over rule windows: day windows from its reporting days, hour windows from its recent arrivals.</summary>
/// <remarks>
/// <c>today</c> and day windows from its reporting days ending with the tenant's today
/// (<paramref name="days"/> sums a date range, both ends included), hour windows from what arrived in the
/// last hours (<paramref name="recent"/>). The previous window is the one of the same length just before.
/// Targets without arrival buckets (ad sets, creatives, backtests) have no hour windows; validation keeps
/// rules that need them away.
/// </remarks>
public sealed class WindowTotals(Func<DateOnly, DateOnly, MetricTotals> days, RecentBuckets? recent, DateOnly today, DateTimeOffset now, decimal? dailyBudget)
    : IWindowTotals
{
    public decimal? DailyBudget => dailyBudget;

    public MetricTotals Current(string window) => Sum(window, before: false);

    public MetricTotals Previous(string window) => Sum(window, before: true);

    private MetricTotals Sum(string window, bool before)
    {
        if (window == "today")
        {
            var day = before ? today.AddDays(-1) : today;
            return days(day, day);
        }

        if (!RuleWindows.TryParse(window, out var length))
        {
            throw new ArgumentException($"'{window}' is not a rule window.", nameof(window));
        }

        if (window.EndsWith('d'))
        {
            var count = (int)length.TotalDays;
            var last = before ? today.AddDays(-count) : today;
            return days(last.AddDays(1 - count), last);
        }

        if (recent is null)
        {
            throw new InvalidOperationException($"The {window} window needs arrival times, which this target does not keep.");
        }

        var minutes = (int)length.TotalMinutes;
        return before ? recent.Sum(now, 2 * minutes) - recent.Sum(now, minutes) : recent.Sum(now, minutes);
    }
}
