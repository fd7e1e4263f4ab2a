using GrainMarketing.Metrics;

namespace GrainMarketing.History;

/// <summary>One platform's summed totals on one day across a tenant's campaigns.</summary>
public sealed record PlatformDayTotals(AdPlatform Platform, DateOnly Date, MetricTotals Totals);
