namespace GrainMarketing.Insights.Predictions;

/// <summary>How one outcome's model did on the held-out campaign-days, next to the naive baseline on the same days.</summary>
/// <param name="Baseline">The baseline's name and rule (the tenant's average rate per unit of spend, applied to the day's spend).</param>
/// <param name="R2">Null when the held-out days do not vary (R² is undefined).</param>
/// <param name="Coverage80">The share of held-out days inside their 80% interval, measured on days the interval was not calibrated on.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Predictions.OutcomeMetrics")]
public sealed record OutcomeMetrics(
    [property: Id(0)] CampaignOutcome Outcome,
    [property: Id(1)] int HeldOutRows,
    [property: Id(2)] double Mae,
    [property: Id(3)] double? R2,
    [property: Id(4)] string Baseline,
    [property: Id(5)] double BaselineMae,
    [property: Id(6)] double? BaselineR2,
    [property: Id(7)] double Coverage80)
{
    /// <summary>Whether the model's held-out MAE is below the baseline's.</summary>
    public bool BeatsBaseline => Mae < BaselineMae;
}
