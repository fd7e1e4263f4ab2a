using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>One group of a breakdown: its key (for example "25-34|female") and its sums.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.BreakdownRow")]
public sealed record BreakdownRow([property: Id(0)] string Key, [property: Id(1)] MetricTotals Totals);

/// <summary>A breakdown over a date range.</summary>
/// <remarks>
/// <see cref="Unattributed"/> holds the sums of cells whose source did not report the requested dimensions,
/// so rows plus unattributed always equal the campaign total.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.BreakdownResult")]
public sealed record BreakdownResult(
    [property: Id(0)] IReadOnlyList<BreakdownRow> Rows,
    [property: Id(1)] MetricTotals Unattributed,
    [property: Id(2)] Freshness Freshness);
