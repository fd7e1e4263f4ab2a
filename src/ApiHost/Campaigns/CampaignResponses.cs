using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary>A campaign's sums and KPIs over the requested window, its money in its own currency.</summary>
/// <param name="Id">The campaign's id in URLs: <c>{platform}:{platform campaign id}</c>.</param>
/// <param name="Currency">The currency of <paramref name="Totals"/>' money: the campaign's own, else the tenant's. Rules and budgets act in it.</param>
/// <param name="Converted">In a list, for a campaign in another currency than the tenant's: its numbers in the tenant's currency, which the list sorts by; null otherwise.</param>
public sealed record CampaignResponse(
    string Id,
    string Platform,
    string CampaignId,
    CampaignMetadata Metadata,
    MetricTotals Totals,
    Kpis Kpis,
    Freshness Freshness,
    string Currency,
    ConvertedTotals? Converted)
{
    public static CampaignResponse From(CampaignSummary summary, string tenantCurrency) => new(
        CampaignIds.Format(summary.Key),
        summary.Key.Platform.ToString().ToLowerInvariant(),
        summary.Key.CampaignId,
        summary.Metadata,
        summary.Totals,
        summary.Totals.Kpis,
        summary.Freshness,
        summary.Metadata.Currency ?? tenantCurrency,
        summary is { Converted: { } converted, Conversion: { } conversion } && summary.Metadata.Currency != tenantCurrency
            ? new ConvertedTotals(converted, converted.Kpis, conversion.Currency, conversion.Rates, conversion.Unconverted)
            : null);
}

/// <summary>Numbers with their money converted into <paramref name="Currency"/>, each day at its rate.</summary>
/// <param name="Rates">The rates used.</param>
/// <param name="Unconverted">What had no rate for its day, in its own currency, left out of <paramref name="Totals"/>.</param>
public sealed record ConvertedTotals(MetricTotals Totals, Kpis Kpis, string Currency, IReadOnlyList<ExchangeRate> Rates, IReadOnlyList<UnconvertedMoney> Unconverted);

/// <summary>A page of campaigns, sorted with money in the tenant's currency.</summary>
/// <param name="Currency">The tenant's currency, which money sorts are made in (see each item's <c>converted</c>).</param>
public sealed record CampaignPage(QueryWindow Window, int Page, int PageSize, int Total, IReadOnlyList<CampaignResponse> Items, string Currency);

/// <summary>A breakdown row with KPIs.</summary>
public sealed record BreakdownRowResponse(string Key, MetricTotals Totals, Kpis Kpis);

/// <summary>A campaign breakdown: rows, the share no row could hold, and freshness.</summary>
/// <param name="Unattributed">Sums of cells whose source did not report the requested dimensions (rows + unattributed = campaign total).</param>
public sealed record BreakdownResponse(string By, DateRange Range, IReadOnlyList<BreakdownRowResponse> Rows, MetricTotals Unattributed, Freshness Freshness);

/// <summary>One point of a campaign's time series: a reporting day, or a minute or hour of arrivals.</summary>
public sealed record SeriesPoint(string Period, MetricTotals Totals, Kpis Kpis);
