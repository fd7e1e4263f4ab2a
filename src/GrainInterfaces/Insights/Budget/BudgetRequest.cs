using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Budget;

/// <summary>What to optimise: a total daily budget split across the given campaigns, within limits.</summary>
/// <param name="Campaigns">The campaigns to split across, each known to the tenant (the API resolves its ids, or takes all).</param>
/// <param name="PerCampaign">Limits by API id.</param>
/// <param name="MaxChangePercent">How far any budget may move from its current value, in percent; null for no limit.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Budget.BudgetRequest")]
public sealed record BudgetRequest(
    [property: Id(0)] decimal TotalDailyBudget,
    [property: Id(1)] BudgetObjective Objective,
    [property: Id(2)] IReadOnlyList<CampaignKey> Campaigns,
    [property: Id(3)] IReadOnlyDictionary<string, BudgetBounds> PerCampaign,
    [property: Id(4)] decimal? MaxChangePercent);
