namespace GrainMarketing.Campaigns;

/// <summary>One page of a campaign list, and how many campaigns passed the filters.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CampaignListPage")]
public sealed record CampaignListPage([property: Id(0)] int Total, [property: Id(1)] IReadOnlyList<CampaignSummary> Items);
