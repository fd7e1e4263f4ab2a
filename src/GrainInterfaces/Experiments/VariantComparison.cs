namespace GrainMarketing.Experiments;

/// <summary>A variant against the control: the difference (variant minus control) with its interval, the fixed-horizon test and the always-valid p-value.</summary>
/// <param name="Statistic">z for proportions, Welch's t for means.</param>
/// <param name="DegreesOfFreedom">Welch-Satterthwaite degrees of freedom for means; null for proportions.</param>
/// <param name="PValue">Two-sided, valid only when read once at a planned sample size.</param>
/// <param name="SequentialPValue">The mSPRT's always-valid p-value: the smallest over every look so far, safe to read at any time.</param>
/// <param name="Significant">Whether <see cref="SequentialPValue"/> is at or below the comparison's share of alpha.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.VariantComparison")]
public sealed record VariantComparison(
    [property: Id(0)] string Variant,
    [property: Id(1)] string Control,
    [property: Id(2)] double? Difference,
    [property: Id(3)] double? Low,
    [property: Id(4)] double? High,
    [property: Id(5)] double? Statistic,
    [property: Id(6)] double? DegreesOfFreedom,
    [property: Id(7)] double? PValue,
    [property: Id(8)] double? SequentialPValue,
    [property: Id(9)] bool Significant);
