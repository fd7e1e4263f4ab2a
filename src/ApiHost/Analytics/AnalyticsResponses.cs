using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Analytics;

/// <summary>One demographic segment's sums and KPIs across the tenant's campaigns, money in the tenant's currency.</summary>
public sealed record SegmentResponse(string Dimension, string Segment, MetricTotals Totals, Kpis Kpis, Freshness Freshness);

/// <summary>Segments of one dimension ranked by a metric.</summary>
/// <param name="Excluded">Segments left out by the minimum-spend guard.</param>
/// <param name="MissingSources">Platforms whose numbers these segments cannot include, because they never reported these dimensions together, and why.</param>
/// <param name="Currency">The tenant's currency: every segment's money (and <paramref name="MinSpend"/>) is in it.</param>
/// <param name="Rates">The rates used to convert campaigns' money in other currencies, each day at its own.</param>
/// <param name="Unconverted">Per currency, the numbers of days that had no rate: in no segment's totals.</param>
public sealed record SegmentRanking(
    string Dimension, string Metric, decimal MinSpend, QueryWindow Window, IReadOnlyList<SegmentResponse> Segments, int Excluded,
    IReadOnlyList<MissingSource> MissingSources, string Currency, IReadOnlyList<ExchangeRate> Rates, IReadOnlyList<UnconvertedMoney> Unconverted);

/// <summary>One platform's share of the tenant summary, and the breakdown combinations its data came in.</summary>
/// <param name="Unconverted">Per currency, this platform's numbers of days that had no rate: not in its totals.</param>
public sealed record PlatformResponse(
    string Platform, MetricTotals Totals, Kpis Kpis, Freshness Freshness, IReadOnlyList<string> ReportedBreakdowns, IReadOnlyList<UnconvertedMoney> Unconverted);

/// <summary>The tenant's totals and KPIs with a per-platform comparison, money in the tenant's currency.</summary>
/// <param name="Currency">The tenant's currency, which every amount here is in.</param>
/// <param name="Rates">The rates used to convert campaigns' money in other currencies, each day at its own.</param>
/// <param name="Unconverted">Per currency, the numbers of days that had no rate: in no total here.</param>
public sealed record SummaryResponse(
    QueryWindow Window, MetricTotals Totals, Kpis Kpis, IReadOnlyList<PlatformResponse> Platforms, Freshness Freshness,
    string Currency, IReadOnlyList<ExchangeRate> Rates, IReadOnlyList<UnconvertedMoney> Unconverted)
{
    /// <summary>The summary of the tenant's overview over <paramref name="window"/>; a platform's breakdowns read as <c>age+gender</c>, or <c>none</c>.</summary>
    public static SummaryResponse From(QueryWindow window, TenantOverview overview, string currency) => new(
        window,
        overview.Totals,
        overview.Totals.Kpis,
        [.. overview.Platforms.Select(p => new PlatformResponse(p.Platform.ToString().ToLowerInvariant(), p.Totals, p.Totals.Kpis, p.Freshness,
            [.. p.Reported.Select(r => r == Dimensions.None ? "none" : r.ToString().ToLowerInvariant().Replace(", ", "+", StringComparison.Ordinal))],
            p.Conversion?.Unconverted ?? []))],
        overview.Freshness,
        overview.Conversion?.Currency ?? currency,
        overview.Conversion?.Rates ?? [],
        overview.Conversion?.Unconverted ?? []);
}
