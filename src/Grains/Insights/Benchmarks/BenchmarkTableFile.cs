namespace GrainMarketing.Insights.Benchmarks;

/// <summary>The JSON layout of a benchmark table file (see the shipped <c>industry-benchmarks.json</c>).</summary>
/// <remarks>ctr and cvr are written in percent as the sources publish them; <see cref="BenchmarkTable"/> turns them into ratios.</remarks>
internal sealed record BenchmarkTableFile(
    string? Compiled,
    string? Currency,
    IReadOnlyList<BenchmarkTableFile.Industry>? Industries,
    IReadOnlyList<BenchmarkTableFile.Source>? Sources,
    IReadOnlyList<BenchmarkTableFile.Row>? Rows)
{
    internal sealed record Industry(string? Id, string? Name);

    internal sealed record Source(string? Id, string? Title, string? Url, string? Published);

    /// <param name="Industry">An industry id, or <c>all</c> for the source's all-industry figure.</param>
    internal sealed record Row(string? Industry, string? Platform, string? Metric, string? Statistic, int? Percentile, decimal? Value, string? Source);
}
