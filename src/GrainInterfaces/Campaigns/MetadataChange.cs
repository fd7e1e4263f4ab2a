using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>A campaign's metadata before and after a change.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetadataChange")]
public sealed record MetadataChange(
    [property: Id(0)] CampaignMetadata Before,
    [property: Id(1)] CampaignMetadata After);
