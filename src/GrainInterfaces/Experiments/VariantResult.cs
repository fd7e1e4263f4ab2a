namespace GrainMarketing.Experiments;

/// <summary>One variant's figure with its interval and the probability that it is the best variant.</summary>
/// <param name="Units">Impressions, clicks, days or observations, as the analysis counts them.</param>
/// <param name="Successes">Clicks or conversions for a proportion; null for a mean.</param>
/// <param name="Estimate">The rate or the mean value per unit; null with no units.</param>
/// <param name="ProbabilityBest">The posterior probability that this variant's true figure is the best of all variants.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.VariantResult")]
public sealed record VariantResult(
    [property: Id(0)] string Variant,
    [property: Id(1)] long Units,
    [property: Id(2)] decimal? Successes,
    [property: Id(3)] double? Estimate,
    [property: Id(4)] double? Low,
    [property: Id(5)] double? High,
    [property: Id(6)] double? ProbabilityBest);
