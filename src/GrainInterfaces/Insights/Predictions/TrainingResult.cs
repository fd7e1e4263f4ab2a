namespace GrainMarketing.Insights.Predictions;

/// <summary>What one training run produced and whether predictions now use it.</summary>
/// <param name="Reason">Why it went live or did not, with the figures compared.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Predictions.TrainingResult")]
public sealed record TrainingResult(
    [property: Id(0)] OutcomeModelVersion Version,
    [property: Id(1)] bool Live,
    [property: Id(2)] string Reason);
