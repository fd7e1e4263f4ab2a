using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary>A campaign's sums and KPIs over the requested window.</summary>
/// <param name="Id">The campaign's id in URLs: <c>{platform}:{platform campaign id}</c>.</param>
public sealed record CampaignResponse(
    string Id,
    string Platform,
    string CampaignId,
    CampaignMetadata Metadata,
    MetricTotals Totals,
    Kpis Kpis,
    Freshness Freshness)
{
    public static CampaignResponse From(CampaignSummary summary) => new(
        CampaignIds.Format(summary.Key),
        summary.Key.Platform.ToString().ToLowerInvariant(),
        summary.Key.CampaignId,
        summary.Metadata,
        summary.Totals,
        summary.Totals.Kpis,
        summary.Freshness);
}

/// <summary>A page of campaigns.</summary>
public sealed record CampaignPage(QueryWindow Window, int Page, int PageSize, int Total, IReadOnlyList<CampaignResponse> Items);

/// <summary>A breakdown row with KPIs.</summary>
public sealed record BreakdownRowResponse(string Key, MetricTotals Totals, Kpis Kpis);

/// <summary>A campaign breakdown: rows, the share no row could hold, and freshness.</summary>
/// <param name="Unattributed">Sums of cells whose source did not report the requested dimensions (rows + unattributed = campaign total).</param>
public sealed record BreakdownResponse(string By, DateRange Range, IReadOnlyList<BreakdownRowResponse> Rows, MetricTotals Unattributed, Freshness Freshness);

/// <summary>One point of a campaign's time series: a reporting day, or a minute or hour of arrivals.</summary>
public sealed record SeriesPoint(string Period, MetricTotals Totals, Kpis Kpis);
