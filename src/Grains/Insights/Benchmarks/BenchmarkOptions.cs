namespace GrainMarketing.Insights.Benchmarks;

/// <summary>Where the industry benchmark table comes from: the table shipped in this assembly unless <see cref="TablePath"/> names another file.</summary>
public sealed class BenchmarkOptions
{
    public const string Section = "Benchmarks";

    /// <summary>A JSON file in the shipped table's format; null or empty uses the shipped table.</summary>
    public string? TablePath { get; set; }
}
