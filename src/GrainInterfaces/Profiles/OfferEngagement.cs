namespace GrainMarketing.Profiles;

/// <summary>One customer's steps with one offer campaign: deliveries, views, clicks, conversions and their amount.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.OfferEngagement")]
public sealed record OfferEngagement(
    [property: Id(0)] string Campaign,
    [property: Id(1)] int Delivered,
    [property: Id(2)] int Viewed,
    [property: Id(3)] int Clicked,
    [property: Id(4)] int Converted,
    [property: Id(5)] decimal ConvertedAmount,
    [property: Id(6)] DateTimeOffset LastAt);
