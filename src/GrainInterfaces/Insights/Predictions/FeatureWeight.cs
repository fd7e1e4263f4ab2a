namespace GrainMarketing.Insights.Predictions;

/// <summary>A feature's share of a model's total split gain (shares of one model sum to 1).</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Predictions.FeatureWeight")]
public sealed record FeatureWeight([property: Id(0)] string Feature, [property: Id(1)] double Share);
