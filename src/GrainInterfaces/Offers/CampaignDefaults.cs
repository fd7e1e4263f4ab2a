using GrainMarketing.Profiles;

namespace GrainMarketing.Offers;

/// <summary>The campaign per pattern, as every tenant starts with them.</summary>
public static class CampaignDefaults
{
    public static readonly IReadOnlyList<CampaignDefault> All =
    [
        new(OfferCampaignType.VipRewards, true, new([BehaviorPattern.HighSpender]), new(OfferKind.Cashback, 5), 30),
        new(OfferCampaignType.LoyaltyBonus, true, new([BehaviorPattern.Frequent]), new(OfferKind.Points, 10), 60),
        new(OfferCampaignType.LocationPromo, true, new([BehaviorPattern.LocationClustered]), new(OfferKind.PercentOff, 15, OfferPlace.TheirLocations), 30),
        new(OfferCampaignType.ReEngagement, true, new([BehaviorPattern.Inactive]), new(OfferKind.PercentOff, 20), 14),
        new(OfferCampaignType.Welcome, true, new([BehaviorPattern.New]), new(OfferKind.PercentOff, 25), 21),
        new(OfferCampaignType.MilestoneReward, true, new([], RisingSpend: true), new(OfferKind.FixedBonus, 10), 90),
        new(OfferCampaignType.WeekendCashback, true, new([BehaviorPattern.Weekend]), new(OfferKind.Cashback, 5), 30),
        new(OfferCampaignType.CategoryPromotion, true, new([BehaviorPattern.CategoryFocused]), new(OfferKind.PercentOff, 10, OfferPlace.TheirCategory), 30),
    ];
}
