namespace GrainMarketing.Offers;

/// <summary>Who made a campaign: the daily analysis, or a person through the API.</summary>
public enum OfferCampaignOrigin
{
    Analysis,
    Manual,
}
