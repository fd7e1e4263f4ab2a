namespace GrainMarketing.Insights.Predictions;

/// <summary>A KPI that follows from the planned spend and a predicted outcome (CPA, ROAS), with the 80% interval the outcome's interval gives it.</summary>
/// <param name="Value">Null when the expected outcome is zero (the ratio is undefined).</param>
/// <param name="Upper80">Null when the interval reaches zero conversions (CPA unbounded).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Predictions.RatioEstimate")]
public sealed record RatioEstimate(
    [property: Id(0)] decimal? Value,
    [property: Id(1)] decimal? Lower80,
    [property: Id(2)] decimal? Upper80,
    [property: Id(3)] string Basis);
