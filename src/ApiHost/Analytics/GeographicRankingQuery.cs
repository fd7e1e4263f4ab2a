using GrainMarketing.Metrics;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Analytics;

/// <summary>The query string of <c>GET /api/v1/tenants/{tenant}/demographics/geographic</c> as sent, besides the window.</summary>
/// <param name="By">country or region.</param>
/// <param name="Metric">The sum or KPI to rank by.</param>
/// <param name="Order">asc or desc.</param>
/// <param name="MinSpend">Places that spent less are left out.</param>
public sealed record GeographicRankingQuery(
    [FromQuery(Name = "by")] string By = "country",
    [FromQuery(Name = "metric")] string Metric = "spend",
    [FromQuery(Name = "order")] string Order = "desc",
    [FromQuery(Name = "minSpend")] decimal MinSpend = 0)
{
    /// <summary>The places asked for; a 400 for anything but country or region.</summary>
    public SegmentSelection Read() =>
        new(SegmentDimensions.Parse(By, "by", "", Dimension.Country, Dimension.Region), Cross: false, By, Metric, Order, MinSpend);
}
