namespace GrainMarketing.Insights.Benchmarks;

/// <summary>One published figure of an industry's KPI on one platform, with its source.</summary>
/// <param name="Statistic"><c>median</c>, <c>percentile</c> (with <paramref name="Percentile"/>) or <c>average</c>, as the source states it.</param>
/// <param name="Percentile">1-99 for a percentile, 50 for a median, null for an average.</param>
/// <param name="Value">A ratio for ctr and cvr (0.0642 for 6.42%), money in <see cref="BenchmarkReport.BenchmarkCurrency"/> for cpc and cpa.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.BenchmarkFigure")]
public sealed record BenchmarkFigure(
    [property: Id(0)] string Statistic,
    [property: Id(1)] int? Percentile,
    [property: Id(2)] decimal Value,
    [property: Id(3)] BenchmarkSource Source);
