namespace GrainMarketing.Insights.Benchmarks;

/// <summary>One KPI of one platform: the tenant's value with its interval, and where it stands against the industry and all industries.</summary>
/// <param name="Metric"><c>ctr</c>, <c>cpc</c>, <c>cvr</c> or <c>cpa</c>.</param>
/// <param name="Industry">Against the tenant's industry; null with <paramref name="Note"/> saying why when there is no figure or no value.</param>
/// <param name="AllIndustries">Against the source's all-industry figure, for context.</param>
/// <param name="Earlier">Figures of older sources for the same industry, newest first; shown, not compared.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetricBenchmark")]
public sealed record MetricBenchmark(
    [property: Id(0)] string Metric,
    [property: Id(1)] decimal? Value,
    [property: Id(2)] KpiInterval? Interval,
    [property: Id(3)] bool LowerIsBetter,
    [property: Id(4)] BenchmarkStanding? Industry,
    [property: Id(5)] BenchmarkStanding? AllIndustries,
    [property: Id(6)] IReadOnlyList<BenchmarkFigure> Earlier,
    [property: Id(7)] string? Note);
