using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Audience;

/// <summary>A segment's ISO week within the window: its sums and the KPIs derived from them, never averages of daily KPIs.</summary>
/// <param name="Week">The ISO week, such as 2026-W49.</param>
/// <param name="From">Its first day in the window (a Monday unless the window starts later).</param>
/// <param name="To">Its last day in the window (a Sunday unless the window ends earlier).</param>
/// <param name="Days">Days of the week within the window: fewer than 7 at the window's edges.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AudienceWeek")]
public sealed record AudienceWeek(
    [property: Id(0)] string Week,
    [property: Id(1)] DateOnly From,
    [property: Id(2)] DateOnly To,
    [property: Id(3)] int Days,
    [property: Id(4)] MetricTotals Totals,
    [property: Id(5)] Kpis Kpis);
