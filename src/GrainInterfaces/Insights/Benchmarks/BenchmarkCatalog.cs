namespace GrainMarketing.Insights.Benchmarks;

/// <summary>The benchmark table as shipped (or configured): its industries, its sources and when it was compiled.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.BenchmarkCatalog")]
public sealed record BenchmarkCatalog(
    [property: Id(0)] string Compiled,
    [property: Id(1)] string Currency,
    [property: Id(2)] IReadOnlyList<BenchmarkIndustry> Industries,
    [property: Id(3)] IReadOnlyList<BenchmarkSource> Sources);
