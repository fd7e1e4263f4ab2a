namespace GrainMarketing.Insights.Budget;

/// <summary>How well a response curve explains its campaign's days, in sample and on days it never saw.</summary>
/// <param name="RSquared">Share of the daily outcome's variance the curve explains on the days it was fitted to.</param>
/// <param name="HoldoutWape">Weighted absolute percentage error on the last <paramref name="HoldoutDays"/> days, fitted without them.</param>
/// <param name="BaselineHoldoutWape">The same error for the baseline: a constant outcome per unit of spend (no saturation, no seasonality).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Budget.FitQuality")]
public sealed record FitQuality(
    [property: Id(0)] double RSquared,
    [property: Id(1)] double HoldoutWape,
    [property: Id(2)] double BaselineHoldoutWape,
    [property: Id(3)] int FittedDays,
    [property: Id(4)] int HoldoutDays,
    [property: Id(5)] int BootstrapDraws);
