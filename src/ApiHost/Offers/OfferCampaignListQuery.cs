using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Offers;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Offers;

/// <summary>The query string of <c>GET /api/v1/tenants/{tenant}/offer-campaigns</c> as sent; an empty value counts as absent.</summary>
/// <param name="Status">Only campaigns in this state: draft, active, paused or expired.</param>
/// <param name="Type">Only campaigns of this type, such as vipRewards or welcome.</param>
public sealed record OfferCampaignListQuery(
    [FromQuery(Name = "status")] string? Status = null,
    [FromQuery(Name = "type")] string? Type = null)
{
    /// <summary>The filters (null keeps all); each bad value is added to <paramref name="errors"/> under its name.</summary>
    public (OfferCampaignStatus? Status, OfferCampaignType? Type) Read(ValidationErrors errors) => (
        QueryValues.Named<OfferCampaignStatus>(Status, "status", "draft, active, paused or expired", errors),
        QueryValues.Named<OfferCampaignType>(Type, "type",
            "vipRewards, loyaltyBonus, locationPromo, reEngagement, welcome, milestoneReward, weekendCashback, categoryPromotion or custom", errors));
}
