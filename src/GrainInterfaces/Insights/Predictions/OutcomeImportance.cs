namespace GrainMarketing.Insights.Predictions;

/// <summary>The features one outcome's model leans on, largest first.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Predictions.OutcomeImportance")]
public sealed record OutcomeImportance(
    [property: Id(0)] CampaignOutcome Outcome,
    [property: Id(1)] IReadOnlyList<FeatureWeight> Features);
