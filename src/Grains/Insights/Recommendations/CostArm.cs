using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>One target judged by its cost against its siblings (a campaign, an ad set, a creative): its sums and its days.</summary>
/// <param name="Target">In the rules' vocabulary: <c>meta:916</c>, <c>meta:916/adset/12</c>, <c>meta:916/creative/77</c>.</param>
/// <param name="Campaign">The campaign it belongs to (itself for a campaign).</param>
public sealed record CostArm(string Target, string Campaign, MetricTotals Totals, IReadOnlyList<DayTotals> Days)
{
    /// <summary>Day totals summed by date, oldest first.</summary>
    public static IReadOnlyList<DayTotals> SumDays(IEnumerable<DayTotals> days) =>
        [.. days.GroupBy(d => d.Date).OrderBy(g => g.Key).Select(g => new DayTotals(g.Key, g.Aggregate(MetricTotals.Zero, (sum, d) => sum + d.Totals)))];
}
