namespace GrainMarketing.Insights.Predictions;

/// <summary>An expected count or amount per day and over the planned days, each with its 80% interval and the evidence behind it.</summary>
/// <remarks>
/// The total's interval adds the daily bounds, which assumes the days' errors move together: wider than
/// independent days would give, never narrower.
/// </remarks>
/// <param name="HeldOutMae">The model's mean absolute error per campaign-day on held-out days.</param>
/// <param name="BaselineMae">The naive baseline's on the same days.</param>
/// <param name="HeldOutCoverage80">Share of held-out days inside their 80% interval.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Predictions.OutcomeEstimate")]
public sealed record OutcomeEstimate(
    [property: Id(0)] double PerDay,
    [property: Id(1)] double PerDayLower80,
    [property: Id(2)] double PerDayUpper80,
    [property: Id(3)] double Total,
    [property: Id(4)] double TotalLower80,
    [property: Id(5)] double TotalUpper80,
    [property: Id(6)] double HeldOutMae,
    [property: Id(7)] double BaselineMae,
    [property: Id(8)] double HeldOutCoverage80);
