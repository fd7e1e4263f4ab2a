namespace GrainMarketing.Insights.Recommendations;

/// <summary>What a recommendation stands on: the test, its result, the window and the numbers it saw.</summary>
/// <param name="Test">The test in words, with its null hypothesis.</param>
/// <param name="PValue">The test's one-sided p-value, before the correction for testing many targets.</param>
/// <param name="AdjustedPValue">The Benjamini-Hochberg adjusted p-value over every target the detector tested in the run.</param>
/// <param name="Tested">How many targets the detector tested in the run (the multiplicity corrected for).</param>
/// <param name="Figures">The numbers by name (spend, conversions, rates, ratios, slopes), rounded for reading.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.RecommendationEvidence")]
public sealed record RecommendationEvidence(
    [property: Id(0)] string Test,
    [property: Id(1)] DateOnly From,
    [property: Id(2)] DateOnly To,
    [property: Id(3)] double PValue,
    [property: Id(4)] double AdjustedPValue,
    [property: Id(5)] int Tested,
    [property: Id(6)] IReadOnlyDictionary<string, double> Figures);
