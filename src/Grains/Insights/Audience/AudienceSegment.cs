using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Audience;

/// <summary>One segment's days over a window as the insight reads them, with their sums and whether they reach the evidence gate.</summary>
public sealed record AudienceSegment(string Segment, IReadOnlyList<DayTotals> Days, double MinimumConversions)
{
    public MetricTotals Totals { get; } = Days.Aggregate(MetricTotals.Zero, (sum, day) => sum + day.Totals);

    /// <summary>Enough conversions for intervals and tests to mean something.</summary>
    public bool Sufficient => (double)Totals.Conversions >= MinimumConversions;
}
