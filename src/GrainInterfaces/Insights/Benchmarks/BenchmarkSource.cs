namespace GrainMarketing.Insights.Benchmarks;

/// <summary>Where a benchmark figure was published: the page it was read on and when that page came out.</summary>
/// <param name="Published">As precise as the page states it: a date (<c>2021-10-13</c>) or only a year (<c>2024</c>).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.BenchmarkSource")]
public sealed record BenchmarkSource(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Url,
    [property: Id(3)] string Published);
