namespace GrainMarketing.Insights.Predictions;

/// <summary>A generated campaign's fixed attributes: indexes into <see cref="GeneratedCampaignDays"/>' value lists, its budget and its hidden quality.</summary>
/// <param name="Id">platform:campaign, as a campaign key's tail reads.</param>
public sealed record GeneratedCampaign(
    string Id, int Platform, int Objective, int Format, int AgeBand, int Gender, int Country, int Interest, double DailyBudget, double Quality);
