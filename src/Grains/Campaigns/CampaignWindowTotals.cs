using GrainMarketing.Automation;
using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>
/// A campaign's sums over rule windows: hour windows from what arrived in the last hours (the
/// arrival buckets), <c>today</c> and day windows from the reporting days ending with the tenant's
/// today. The previous window is the one of the same length just before.
/// </summary>
public sealed class CampaignWindowTotals(CampaignCells cells, RecentBuckets recent, DateOnly today, DateTimeOffset now, decimal? dailyBudget)
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
            return cells.Totals(day, day);
        }

        if (!RuleWindows.TryParse(window, out var length))
        {
            throw new ArgumentException($"'{window}' is not a rule window.", nameof(window));
        }

        if (window.EndsWith('d'))
        {
            var days = (int)length.TotalDays;
            var last = before ? today.AddDays(-days) : today;
            return cells.Totals(last.AddDays(1 - days), last);
        }

        var minutes = (int)length.TotalMinutes;
        return before ? recent.Sum(now, 2 * minutes) - recent.Sum(now, minutes) : recent.Sum(now, minutes);
    }
}
