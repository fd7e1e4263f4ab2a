namespace GrainMarketing.Insights.Predictions;

/// <summary>A campaign someone means to run: what the prediction is asked about.</summary>
/// <param name="DailyBudget">In the tenant's currency; the model assumes the budget is spent, as the history's spend was.</param>
/// <param name="Days">How many days it runs, 1 to 90.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Predictions.PlannedCampaign")]
public sealed record PlannedCampaign(
    [property: Id(0)] string Platform,
    [property: Id(1)] string? Objective,
    [property: Id(2)] string? CreativeFormat,
    [property: Id(3)] decimal DailyBudget,
    [property: Id(4)] PlannedAudience Audience,
    [property: Id(5)] int Days);
