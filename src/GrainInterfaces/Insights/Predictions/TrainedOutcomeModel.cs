namespace GrainMarketing.Insights.Predictions;

/// <summary>A freshly trained campaign-outcome model: its figures and its package, before the registry numbers it.</summary>
/// <param name="Package">The serialized models (a zip of ML.NET models and their manifest).</param>
/// <param name="LiveConversionsMae">The live version's conversions MAE on this model's held-out days, when there is a live version to compare.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Predictions.TrainedOutcomeModel")]
public sealed record TrainedOutcomeModel(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] DateOnly HeldOutFrom,
    [property: Id(3)] int Rows,
    [property: Id(4)] int Campaigns,
    [property: Id(5)] IReadOnlyList<OutcomeMetrics> Metrics,
    [property: Id(6)] IReadOnlyList<OutcomeImportance> Importance,
    [property: Id(7)] string Learner,
    [property: Id(8)] byte[] Package,
    [property: Id(9)] double? LiveConversionsMae = null)
{
    /// <summary>The version this model becomes once the registry numbers it.</summary>
    public OutcomeModelVersion AsVersion(int version, DateTimeOffset trainedAt) => new(
        version, trainedAt, From, To, HeldOutFrom, Rows, Campaigns, [.. Metrics.Select(metrics => metrics.Outcome)], Metrics, Importance, Learner);
}
