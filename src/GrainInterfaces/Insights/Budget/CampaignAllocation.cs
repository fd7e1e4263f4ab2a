namespace GrainMarketing.Insights.Budget;

/// <summary>One campaign in a budget proposal: its current and proposed daily budget, the expected daily outcome of each, and why.</summary>
/// <param name="Campaign">The API id (<c>platform:campaignId</c>).</param>
/// <param name="CurrentOutcome">Expected daily outcome at the current budget; null for a campaign held because it has no curve.</param>
/// <param name="MarginalReturn">The outcome the next unit of spend buys at the proposed budget.</param>
/// <param name="Binding">The limit the proposal stopped at: <c>min</c>, <c>max</c>, <c>maxChangePercent</c>, <c>held</c>, or null for none.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Budget.CampaignAllocation")]
public sealed record CampaignAllocation(
    [property: Id(0)] string Campaign,
    [property: Id(1)] decimal CurrentBudget,
    [property: Id(2)] decimal ProposedBudget,
    [property: Id(3)] Estimate? CurrentOutcome,
    [property: Id(4)] Estimate? ProposedOutcome,
    [property: Id(5)] Estimate? MarginalReturn,
    [property: Id(6)] string? Binding,
    [property: Id(7)] string Reason);
