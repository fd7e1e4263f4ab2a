using GrainMarketing.Campaigns;

namespace GrainMarketing.Insights.Benchmarks;

/// <summary>A tenant's CTR, CPC, CVR and CPA per platform over a window against its industry's published benchmarks.</summary>
/// <param name="BenchmarkCurrency">The currency of the table's money figures; cpc and cpa are compared only when the tenant reports in it.</param>
/// <param name="Missing">Each platform and KPI the tenant has that no figure covers, named with the reason.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.BenchmarkReport")]
public sealed record BenchmarkReport(
    [property: Id(0)] string Industry,
    [property: Id(1)] string IndustryName,
    [property: Id(2)] DateRange Range,
    [property: Id(3)] string Currency,
    [property: Id(4)] string BenchmarkCurrency,
    [property: Id(5)] IReadOnlyList<PlatformBenchmark> Platforms,
    [property: Id(6)] IReadOnlyList<MissingBenchmark> Missing);
