namespace GrainMarketing.Insights.Predictions;

/// <summary>How much one feature of the plan moved the predicted conversions per day away from the tenant's typical campaign-day.</summary>
/// <param name="Value">The plan's value of the feature, as text.</param>
/// <param name="ConversionsPerDay">Predicted conversions per day with the plan's value minus with the typical value: positive raised the prediction.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Predictions.FeatureInfluence")]
public sealed record FeatureInfluence(
    [property: Id(0)] string Feature,
    [property: Id(1)] string Value,
    [property: Id(2)] double ConversionsPerDay);
