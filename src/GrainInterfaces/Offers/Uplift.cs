namespace GrainMarketing.Offers;

/// <summary>A campaign's effect over its holdout on one per-customer outcome, with its 95% confidence interval.</summary>
/// <remarks>
/// A campaign's effect over its holdout: the difference treated minus held out of one per-customer outcome
/// (the share who bought in the campaign's window, or revenue per customer), with its 95% confidence
/// interval; null bounds when either group is too small to say.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Uplift")]
public sealed record Uplift(
    [property: Id(0)] double Treated,
    [property: Id(1)] double HeldOut,
    [property: Id(2)] double Difference,
    [property: Id(3)] double? Low,
    [property: Id(4)] double? High);
