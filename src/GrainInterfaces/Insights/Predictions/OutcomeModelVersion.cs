namespace GrainMarketing.Insights.Predictions;

/// <summary>One trained version of a tenant's campaign-outcome model, without its bytes.</summary>
/// <param name="From">First date of the campaign-days it learned from (training and held-out together).</param>
/// <param name="HeldOutFrom">First held-out date: every day from it on was kept out of training.</param>
/// <param name="Outcomes">Which outcomes it predicts; conversion value is left out when the history never reported one.</param>
/// <param name="PackagePruned">Its serialized models were dropped to save space (only the live version and the newest few keep theirs); its figures remain.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Predictions.OutcomeModelVersion")]
public sealed record OutcomeModelVersion(
    [property: Id(0)] int Version,
    [property: Id(1)] DateTimeOffset TrainedAt,
    [property: Id(2)] DateOnly From,
    [property: Id(3)] DateOnly To,
    [property: Id(4)] DateOnly HeldOutFrom,
    [property: Id(5)] int Rows,
    [property: Id(6)] int Campaigns,
    [property: Id(7)] IReadOnlyList<CampaignOutcome> Outcomes,
    [property: Id(8)] IReadOnlyList<OutcomeMetrics> Metrics,
    [property: Id(9)] IReadOnlyList<OutcomeImportance> Importance,
    [property: Id(10)] string Learner,
    [property: Id(11)] bool PackagePruned = false)
{
    /// <summary>The held-out metrics of <paramref name="outcome"/>, or null when the version does not predict it.</summary>
    public OutcomeMetrics? MetricsOf(CampaignOutcome outcome) => Metrics.FirstOrDefault(metrics => metrics.Outcome == outcome);
}
