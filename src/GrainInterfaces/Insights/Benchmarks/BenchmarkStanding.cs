namespace GrainMarketing.Insights.Benchmarks;

/// <summary>Where a tenant's KPI stands against the newest source's figures for its industry (or all industries).</summary>
/// <param name="Position"><c>above</c>, <c>below</c> or <c>equal</c> to the reference figure.</param>
/// <param name="Against">The reference figure: the median where the source gives one, else its average.</param>
/// <param name="Reference">The reference figure's value.</param>
/// <param name="Better">True when the position is the good side (above for ctr and cvr, below for cpc and cpa).</param>
/// <param name="Sure">True when the tenant's 95% interval lies wholly on that side, so the position is not noise.</param>
/// <param name="Band">The percentile band (<c>p25-p50</c>, <c>below p25</c>, <c>above p75</c>); null unless the source gives two or more percentiles.</param>
/// <param name="Percentile">The tenant's percentile, interpolated linearly between the two percentiles around it; null outside them or without a band.</param>
/// <param name="Figures">Every figure of the source compared against, lowest percentile first.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.BenchmarkStanding")]
public sealed record BenchmarkStanding(
    [property: Id(0)] string Position,
    [property: Id(1)] string Against,
    [property: Id(2)] decimal Reference,
    [property: Id(3)] bool Better,
    [property: Id(4)] bool Sure,
    [property: Id(5)] string? Band,
    [property: Id(6)] double? Percentile,
    [property: Id(7)] IReadOnlyList<BenchmarkFigure> Figures);
