using GrainMarketing.Campaigns;

namespace GrainMarketing.Insights.Creatives;

/// <summary>One creative's day totals within a campaign (cells of its ad id summed per day) and its format.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CreativeSeries")]
public sealed record CreativeSeries(
    [property: Id(0)] string CreativeId,
    [property: Id(1)] string? Format,
    [property: Id(2)] IReadOnlyList<DayTotals> Days);
