using GrainMarketing.Offers;

namespace GrainMarketing.Analysis;

/// <summary>What a run did about one campaign type: the campaign it created (with its targets), or why it created none.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CampaignDecision")]
public sealed record CampaignDecision(
    [property: Id(0)] OfferCampaignType Type,
    [property: Id(1)] string Segment,
    [property: Id(2)] string? Campaign,
    [property: Id(3)] int Targets,
    [property: Id(4)] string Reason);
