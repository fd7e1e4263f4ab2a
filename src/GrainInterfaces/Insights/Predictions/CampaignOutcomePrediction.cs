namespace GrainMarketing.Insights.Predictions;

/// <summary>The expected outcome of a planned campaign, from the tenant's live model.</summary>
/// <param name="Currency">The tenant's currency, which budget, CPA and conversion value are in.</param>
/// <param name="ConversionValue">Null when the model's history never reported conversion value (then ROAS is null too).</param>
/// <param name="Roas">Null with <paramref name="ConversionValue"/>.</param>
/// <param name="TopFeatures">The three features that moved the conversions prediction most, largest first.</param>
/// <param name="Notes">What the model could not see (a platform, objective or audience value it never trained on).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Predictions.CampaignOutcomePrediction")]
public sealed record CampaignOutcomePrediction(
    [property: Id(0)] int ModelVersion,
    [property: Id(1)] DateTimeOffset ModelTrainedAt,
    [property: Id(2)] int Days,
    [property: Id(3)] decimal DailyBudget,
    [property: Id(4)] OutcomeEstimate Impressions,
    [property: Id(5)] OutcomeEstimate Clicks,
    [property: Id(6)] OutcomeEstimate Conversions,
    [property: Id(7)] OutcomeEstimate? ConversionValue,
    [property: Id(8)] RatioEstimate Cpa,
    [property: Id(9)] RatioEstimate? Roas,
    [property: Id(10)] IReadOnlyList<FeatureInfluence> TopFeatures,
    [property: Id(11)] IReadOnlyList<string> Notes,
    [property: Id(12)] string Currency);
