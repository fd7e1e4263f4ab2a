namespace GrainMarketing.Insights.Benchmarks;

/// <summary>An industry a tenant may pick, and which platform KPIs the table has figures for (<c>google/cpc</c>).</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.BenchmarkIndustry")]
public sealed record BenchmarkIndustry(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<string> Covered);
