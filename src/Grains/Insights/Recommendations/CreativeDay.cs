using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>One creative's sums on one day.</summary>
public sealed record CreativeDay(string Creative, DateOnly Date, MetricTotals Totals);
