using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Benchmarks;

/// <summary>A tenant's KPIs on one platform over the window against the published benchmarks.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.PlatformBenchmark")]
public sealed record PlatformBenchmark(
    [property: Id(0)] AdPlatform Platform,
    [property: Id(1)] MetricTotals Totals,
    [property: Id(2)] IReadOnlyList<MetricBenchmark> Metrics);
