namespace GrainMarketing.Offers;

/// <summary>An offer a customer sees now, with its expected value for them.</summary>
/// <remarks>
/// An offer a customer sees now: the active campaign, its offer (with the customer's own city or category
/// where it applies there), when it ends, and its expected value for this customer with how that was
/// reckoned. Offers are ranked by expected value, highest first.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.UserOffer")]
public sealed record UserOffer(
    [property: Id(0)] string Campaign,
    [property: Id(1)] string Name,
    [property: Id(2)] OfferCampaignType Type,
    [property: Id(3)] Offer Offer,
    [property: Id(4)] string? Where,
    [property: Id(5)] DateTimeOffset? EndsAt,
    [property: Id(6)] decimal ExpectedValue,
    [property: Id(7)] string Explanation);
