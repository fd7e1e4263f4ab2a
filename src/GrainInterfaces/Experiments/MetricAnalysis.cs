namespace GrainMarketing.Experiments;

/// <summary>One measure of an experiment across its variants, each variant against the control, with the methods named.</summary>
/// <param name="Measure">ctr, cvr, cpa, roas, conversionRate or valuePerUnit.</param>
/// <param name="Confidence">The level of every interval (1 - alpha).</param>
/// <param name="Methods">The tests, intervals, posterior and sequential test in words.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetricAnalysis")]
public sealed record MetricAnalysis(
    [property: Id(0)] string Measure,
    [property: Id(1)] bool LowerIsBetter,
    [property: Id(2)] double Confidence,
    [property: Id(3)] IReadOnlyList<VariantResult> Variants,
    [property: Id(4)] IReadOnlyList<VariantComparison> Comparisons,
    [property: Id(5)] AnalysisMethods Methods);
