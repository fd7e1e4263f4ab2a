using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Analytics;

/// <summary>One demographic segment's sums and KPIs across the tenant's campaigns.</summary>
public sealed record SegmentResponse(string Dimension, string Segment, MetricTotals Totals, Kpis Kpis, Freshness Freshness);

/// <summary>Segments of one dimension ranked by a metric.</summary>
/// <param name="Excluded">Segments left out by the minimum-spend guard.</param>
public sealed record SegmentRanking(string Dimension, string Metric, decimal MinSpend, QueryWindow Window, IReadOnlyList<SegmentResponse> Segments, int Excluded);

/// <summary>One platform's share of the tenant summary.</summary>
public sealed record PlatformResponse(string Platform, MetricTotals Totals, Kpis Kpis, Freshness Freshness);

/// <summary>The tenant's totals and KPIs with a per-platform comparison.</summary>
public sealed record SummaryResponse(QueryWindow Window, MetricTotals Totals, Kpis Kpis, IReadOnlyList<PlatformResponse> Platforms, Freshness Freshness);
