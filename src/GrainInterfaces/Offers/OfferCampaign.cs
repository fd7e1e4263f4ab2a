namespace GrainMarketing.Offers;

/// <summary>An offer campaign as stored.</summary>
/// <remarks>
/// The draft it was made from, its lifecycle, when it runs, who and what made it, how many customers its
/// target list holds (and how many of them are held out), and the ROI expected from the tenant's own
/// history of campaigns of the same type, with the basis of that figure.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.OfferCampaign")]
public sealed record OfferCampaign(
    [property: Id(0)] string Id,
    [property: Id(1)] OfferCampaignDraft Draft,
    [property: Id(2)] OfferCampaignStatus Status,
    [property: Id(3)] OfferCampaignOrigin Origin,
    [property: Id(4)] string CreatedBy,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] DateTimeOffset? StartsAt,
    [property: Id(8)] DateTimeOffset? EndsAt,
    [property: Id(9)] int Targets,
    [property: Id(10)] int HeldOut,
    [property: Id(11)] double? ExpectedRoi,
    [property: Id(12)] string ExpectedRoiBasis,
    [property: Id(13)] Guid? AnalysisRunId,
    [property: Id(14)] int Version);
