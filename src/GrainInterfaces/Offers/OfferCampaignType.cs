namespace GrainMarketing.Offers;

/// <summary>What an offer campaign is for; the daily analysis creates the first eight, people also create <see cref="Custom"/> ones.</summary>
public enum OfferCampaignType
{
    VipRewards,
    LoyaltyBonus,
    LocationPromo,
    ReEngagement,
    Welcome,
    MilestoneReward,
    WeekendCashback,
    CategoryPromotion,
    Custom,
}
