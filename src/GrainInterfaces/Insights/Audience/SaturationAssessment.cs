namespace GrainMarketing.Insights.Audience;

/// <summary>Whether a segment's CPA rises as its spend rises, from its weekly (7-day) spend and CPA over the window.</summary>
/// <param name="Elasticity">Slope of log weekly CPA on log weekly spend: 0.5 means CPA rises about 0.5% for each 1% more spend; null when not fitted.</param>
/// <param name="Low">Lower end of the slope's 95% interval.</param>
/// <param name="High">Upper end of the slope's 95% interval.</param>
/// <param name="PValue">One-sided p-value of a positive slope; null when not fitted.</param>
/// <param name="AdjustedPValue">Benjamini-Hochberg-adjusted over the segments tested; null when not fitted.</param>
/// <param name="SpendChange">Spend of the later half of the periods over that of the earlier half (1.5 = half as much again); null without earlier spend.</param>
/// <param name="Saturating">The slope is significantly positive and spend rose.</param>
/// <param name="Reason">The judgement in words, or why none was made.</param>
/// <param name="Periods">The 7-day periods counted back from the window's last day, oldest first.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.SaturationAssessment")]
public sealed record SaturationAssessment(
    [property: Id(0)] double? Elasticity,
    [property: Id(1)] double? Low,
    [property: Id(2)] double? High,
    [property: Id(3)] double? PValue,
    [property: Id(4)] double? AdjustedPValue,
    [property: Id(5)] double? SpendChange,
    [property: Id(6)] bool Saturating,
    [property: Id(7)] string Reason,
    [property: Id(8)] IReadOnlyList<SpendPeriod> Periods);
