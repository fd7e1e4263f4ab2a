using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Benchmarks;

/// <summary>A platform and KPI of the tenant that the table has no figure for, and why it was not compared.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MissingBenchmark")]
public sealed record MissingBenchmark(
    [property: Id(0)] AdPlatform Platform,
    [property: Id(1)] string Metric,
    [property: Id(2)] string Reason);
