namespace GrainMarketing.Offers;

/// <summary>A campaign's results from its target sums.</summary>
/// <remarks>
/// Conversion rate: offer conversions per treated customer. Cost of the offer: what
/// <see cref="Offer.CostOn"/> charges on each converting customer's converted revenue, reckoned per
/// customer from the average (offer revenue per converting customer times the converting customers); exact
/// for the percentage and points offers, and a fixed bonus is paid once per converting customer. ROI:
/// (converted revenue - cost) / cost, null when nothing cost anything.
/// </remarks>
public static class CampaignScore
{
    public static CampaignResults Results(OfferCampaign campaign, TargetSums sums)
    {
        var treated = sums.Treated;
        var held = sums.HeldOut;
        var cost = Cost(campaign.Draft.Offer, treated);
        return new CampaignResults(
            campaign.Id,
            treated.Customers + held.Customers,
            treated.Customers,
            held.Customers,
            treated.Delivered,
            treated.Viewed,
            treated.Clicked,
            treated.Converted,
            treated.Customers == 0 ? null : (double)treated.Converted / treated.Customers,
            treated.OfferRevenue,
            cost,
            Roi(treated.OfferRevenue, cost),
            UpliftStatistics.Proportions(treated.Buyers, treated.Customers, held.Buyers, held.Customers),
            UpliftStatistics.Means(treated.Customers, treated.Revenue, treated.RevenueSquared, held.Customers, held.Revenue, held.RevenueSquared));
    }

    public static decimal Cost(Offer offer, GroupSums treated) =>
        treated.Converters == 0 ? 0m : treated.Converters * offer.CostOn(treated.OfferRevenue / treated.Converters);

    public static double? Roi(decimal revenue, decimal cost) => cost == 0 ? null : (double)((revenue - cost) / cost);
}
