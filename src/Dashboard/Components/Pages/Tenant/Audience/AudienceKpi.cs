using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Shared;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Audience;

/// <summary>A sum or KPI segments can be ranked by: the API's name for it, its label, how it reads, and which way is better.</summary>
public sealed record AudienceKpi(string Metric, string Label, bool LowerIsBetter, Func<MetricTotals?, Kpis?, double?> Read, bool IsMoney = false, bool IsShare = false)
{
    /// <summary>Every metric the ranking endpoints accept, in the order a marketer scans them.</summary>
    public static IReadOnlyList<AudienceKpi> All { get; } =
    [
        new("spend", "Spend", false, (totals, _) => totals?.Spend, IsMoney: true),
        new("conversions", "Conversions", false, (totals, _) => totals?.Conversions),
        new("conversionValue", "Conversion value", false, (totals, _) => totals?.ConversionValue, IsMoney: true),
        new("roas", "ROAS", false, (_, kpis) => kpis?.Roas),
        new("cpa", "CPA", true, (_, kpis) => kpis?.Cpa, IsMoney: true),
        new("ctr", "CTR", false, (_, kpis) => kpis?.Ctr, IsShare: true),
        new("cvr", "Conversion rate", false, (_, kpis) => kpis?.Cvr, IsShare: true),
        new("cpc", "CPC", true, (_, kpis) => kpis?.Cpc, IsMoney: true),
        new("cpm", "CPM", true, (_, kpis) => kpis?.Cpm, IsMoney: true),
        new("aov", "Average order value", false, (_, kpis) => kpis?.Aov, IsMoney: true),
        new("impressions", "Impressions", false, (totals, _) => totals?.Impressions),
        new("clicks", "Clicks", false, (totals, _) => totals?.Clicks),
    ];

    /// <summary>The KPI named in the URL, or spend when it names none this page knows.</summary>
    public static AudienceKpi Of(string? metric) =>
        All.FirstOrDefault(kpi => string.Equals(kpi.Metric, metric, StringComparison.OrdinalIgnoreCase)) ?? All[0];

    /// <summary>The order that puts the best segment first: cheapest first for a cost, highest first otherwise.</summary>
    public string BestFirst => LowerIsBetter ? "asc" : "desc";

    public double? ValueOf(SegmentResponse segment) => Read(segment.Totals, segment.Kpis);

    public string Format(double? value, string? currency) =>
        IsMoney ? Formats.Money(value, currency)
        : IsShare ? Formats.Percent(value)
        : Metric == "roas" ? Formats.Ratio(value)
        : value is { } number && number % 1 != 0 ? number.ToString("N2", CultureInfo.InvariantCulture)
        : Formats.Count(value);

    /// <summary>
    /// Best first by this KPI; segments where it is undefined (a CPA with no conversions) come last, never ranked as zero.
    /// Ties keep the API's order.
    /// </summary>
    public IReadOnlyList<SegmentResponse> Rank(IEnumerable<SegmentResponse> segments)
    {
        var known = segments.Where(segment => ValueOf(segment) is not null).ToList();
        var ranked = LowerIsBetter ? known.OrderBy(ValueOf) : known.OrderByDescending(ValueOf);
        return [.. ranked, .. segments.Where(segment => ValueOf(segment) is null)];
    }
}
