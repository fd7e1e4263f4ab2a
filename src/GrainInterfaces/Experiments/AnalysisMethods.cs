namespace GrainMarketing.Experiments;

/// <summary>How an analysis' figures were computed, in words, so a reader can check them.</summary>
/// <param name="MixingVariance">τ² of the mSPRT's normal mixture over the true difference, in the measure's units squared.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AnalysisMethods")]
public sealed record AnalysisMethods(
    [property: Id(0)] string Test,
    [property: Id(1)] string VariantInterval,
    [property: Id(2)] string DifferenceInterval,
    [property: Id(3)] string ProbabilityBest,
    [property: Id(4)] string Sequential,
    [property: Id(5)] double MixingVariance);
