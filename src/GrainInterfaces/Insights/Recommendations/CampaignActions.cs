using GrainMarketing.Automation;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Actions one campaign plays that the recommendation's other campaigns do not: a budget shift's <c>setBudget</c> on each campaign it moves.</summary>
/// <param name="Campaign">The API's campaign id, <c>meta:916</c>.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.CampaignActions")]
public sealed record CampaignActions(
    [property: Id(0)] string Campaign,
    [property: Id(1)] IReadOnlyList<RuleAction> Actions);
