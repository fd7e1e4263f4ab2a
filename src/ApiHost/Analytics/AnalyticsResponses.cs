using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Analytics;

/// <summary>One demographic segment's sums and KPIs across the tenant's campaigns.</summary>
public sealed record SegmentResponse(string Dimension, string Segment, MetricTotals Totals, Kpis Kpis, Freshness Freshness);

/// <summary>Segments of one dimension ranked by a metric.</summary>
/// <param name="Excluded">Segments left out by the minimum-spend guard.</param>
/// <param name="MissingSources">Platforms whose numbers these segments cannot include, because they never reported these dimensions together, and why.</param>
public sealed record SegmentRanking(
    string Dimension, string Metric, decimal MinSpend, QueryWindow Window, IReadOnlyList<SegmentResponse> Segments, int Excluded,
    IReadOnlyList<MissingSource> MissingSources);

/// <summary>One platform's share of the tenant summary, and the breakdown combinations its data came in.</summary>
public sealed record PlatformResponse(string Platform, MetricTotals Totals, Kpis Kpis, Freshness Freshness, IReadOnlyList<string> ReportedBreakdowns);

/// <summary>The tenant's totals and KPIs with a per-platform comparison.</summary>
public sealed record SummaryResponse(QueryWindow Window, MetricTotals Totals, Kpis Kpis, IReadOnlyList<PlatformResponse> Platforms, Freshness Freshness)
{
    /// <summary>The summary of the tenant's overview over <paramref name="window"/>; a platform's breakdowns read as <c>age+gender</c>, or <c>none</c>.</summary>
    public static SummaryResponse From(QueryWindow window, TenantOverview overview) => new(
        window,
        overview.Totals,
        overview.Totals.Kpis,
        [.. overview.Platforms.Select(p => new PlatformResponse(p.Platform.ToString().ToLowerInvariant(), p.Totals, p.Totals.Kpis, p.Freshness,
            [.. p.Reported.Select(r => r == Dimensions.None ? "none" : r.ToString().ToLowerInvariant().Replace(", ", "+", StringComparison.Ordinal))]))],
        overview.Freshness);
}
