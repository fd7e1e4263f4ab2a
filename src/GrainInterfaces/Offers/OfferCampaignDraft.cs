namespace GrainMarketing.Offers;

/// <summary>What a person (or the daily analysis) says a campaign is.</summary>
/// <remarks>It starts when activated (or at <see cref="StartsAt"/>, if later) and runs <see cref="DurationDays"/> days.</remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.OfferCampaignDraft")]
public sealed record OfferCampaignDraft(
    [property: Id(0)] string Name,
    [property: Id(1)] OfferCampaignType Type,
    [property: Id(2)] TargetCriteria Criteria,
    [property: Id(3)] Offer Offer,
    [property: Id(4)] int DurationDays,
    [property: Id(5)] double HoldoutShare,
    [property: Id(6)] DateTimeOffset? StartsAt = null);
