using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>One generated cell: a campaign's creative on one day in one age × gender segment.</summary>
/// <param name="Campaign">The API's campaign id, <c>meta:c03</c>.</param>
public sealed record PlantedCell(string Campaign, DateOnly Date, string Creative, string Age, string Gender, MetricTotals Totals);
