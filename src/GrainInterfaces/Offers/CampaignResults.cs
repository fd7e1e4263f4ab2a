namespace GrainMarketing.Offers;

/// <summary>How a campaign is doing: reach, offer steps, conversion, cost, ROI and uplift over the holdout.</summary>
/// <remarks>
/// Its targets (treated and held out), the offer's deliveries, views, clicks and conversions among the
/// treated, the conversion rate (conversions per treated customer), the converted revenue, what the offer
/// cost, ROI ((revenue - cost) / cost), and the live uplift over the holdout in buying rate and revenue per
/// customer during the campaign's window.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CampaignResults")]
public sealed record CampaignResults(
    [property: Id(0)] string Campaign,
    [property: Id(1)] int Targets,
    [property: Id(2)] int Treated,
    [property: Id(3)] int HeldOut,
    [property: Id(4)] int Delivered,
    [property: Id(5)] int Viewed,
    [property: Id(6)] int Clicked,
    [property: Id(7)] int Converted,
    [property: Id(8)] double? ConversionRate,
    [property: Id(9)] decimal Revenue,
    [property: Id(10)] decimal OfferCost,
    [property: Id(11)] double? Roi,
    [property: Id(12)] Uplift? BuyingRateUplift,
    [property: Id(13)] Uplift? RevenuePerCustomerUplift);
