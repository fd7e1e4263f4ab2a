namespace GrainMarketing.Offers;

/// <summary>The campaign the daily analysis creates for a segment: its type, whether it is created at all, who it targets, the offer and how many days it runs.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CampaignDefault")]
public sealed record CampaignDefault(
    [property: Id(0)] OfferCampaignType Type,
    [property: Id(1)] bool Enabled,
    [property: Id(2)] TargetCriteria Criteria,
    [property: Id(3)] Offer Offer,
    [property: Id(4)] int DurationDays);
