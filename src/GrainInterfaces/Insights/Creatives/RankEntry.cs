namespace GrainMarketing.Insights.Creatives;

/// <summary>A creative's or format's place in a campaign's ranking by a rate, with the evidence for it.</summary>
/// <param name="Key">The creative id or the format.</param>
/// <param name="Position">1 for the best observed rate; entries without a denominator come last.</param>
/// <param name="Rate">Observed rate (clicks ÷ impressions for CTR); null without a denominator.</param>
/// <param name="Low">Lower end of the rate's 95% Wilson interval.</param>
/// <param name="High">Upper end of the rate's 95% Wilson interval.</param>
/// <param name="ProbabilityBest">Posterior probability that its true rate is the highest (Beta(1 + successes, 1 + failures) posteriors, Monte Carlo with a fixed seed); 0 without a denominator.</param>
/// <param name="PValueVsBest">Two-sided two-proportion z test (continuity-corrected) against the best, Holm-adjusted over the comparisons; null for the best itself.</param>
/// <param name="WorseThanBest">The adjusted p-value is below alpha.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RankEntry")]
public sealed record RankEntry(
    [property: Id(0)] string Key,
    [property: Id(1)] int Position,
    [property: Id(2)] long Trials,
    [property: Id(3)] long Successes,
    [property: Id(4)] double? Rate,
    [property: Id(5)] double? Low,
    [property: Id(6)] double? High,
    [property: Id(7)] double ProbabilityBest,
    [property: Id(8)] double? PValueVsBest,
    [property: Id(9)] bool WorseThanBest);
