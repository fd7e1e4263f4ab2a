namespace GrainMarketing.Offers;

/// <summary>A campaign's lifecycle: a draft is edited, then activated; an active one can be paused and activated again; it expires at its end.</summary>
public enum OfferCampaignStatus
{
    Draft,
    Active,
    Paused,
    Expired,
}
