using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>One generated cell: a campaign's creative (in its ad set) on one day in one age × gender segment.</summary>
/// <param name="Campaign">The API's campaign id, <c>meta:c03</c>.</param>
public sealed record PlantedCell(string Campaign, DateOnly Date, string AdSet, string Creative, string Age, string Gender, MetricTotals Totals)
{
    /// <summary>The ad set each generated creative belongs to: a1 and a2 in s1, a3 in s2.</summary>
    public static string AdSetOf(int creative) => creative < 2 ? "s1" : "s2";
}
