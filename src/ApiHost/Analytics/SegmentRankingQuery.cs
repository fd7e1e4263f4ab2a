using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Analytics;

/// <summary>The query string of <c>GET /api/v1/tenants/{tenant}/demographics/segments</c> as sent, besides the window.</summary>
/// <param name="Dimension">age, gender, interest, or age,gender for the cross of the two.</param>
/// <param name="Metric">The sum or KPI to rank by.</param>
/// <param name="Order">asc or desc.</param>
/// <param name="MinSpend">Segments that spent less are left out.</param>
public sealed record SegmentRankingQuery(
    [FromQuery(Name = "dimension")] string Dimension = "age",
    [FromQuery(Name = "metric")] string Metric = "spend",
    [FromQuery(Name = "order")] string Order = "desc",
    [FromQuery(Name = "minSpend")] decimal MinSpend = 0)
{
    /// <summary>The segments asked for; a 400 for a dimension this ranking does not have.</summary>
    public SegmentSelection Read()
    {
        var cross = Dimension.Replace(" ", "", StringComparison.Ordinal).Equals("age,gender", StringComparison.OrdinalIgnoreCase);
        var dimension = cross
            ? Metrics.Dimension.Age
            : SegmentDimensions.Parse(Dimension, "dimension", ", age,gender", Metrics.Dimension.Age, Metrics.Dimension.Gender, Metrics.Dimension.Interest);
        return new SegmentSelection(dimension, cross, cross ? "age,gender" : Dimension, Metric, Order, MinSpend);
    }
}
