namespace GrainMarketing.Insights.Audience;

/// <summary>One 7-day period of a segment's saturation test: its spend, conversions and CPA.</summary>
/// <param name="Cpa">Spend per conversion; null without conversions (such a period is not fitted).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.SpendPeriod")]
public sealed record SpendPeriod(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] decimal Spend,
    [property: Id(3)] decimal Conversions,
    [property: Id(4)] decimal? Cpa);
