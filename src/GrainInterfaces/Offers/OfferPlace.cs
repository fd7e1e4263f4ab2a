namespace GrainMarketing.Offers;

/// <summary>Where an offer applies: anywhere, at the customer's own top city, or in the customer's own top category.</summary>
public enum OfferPlace
{
    Anywhere,
    TheirLocations,
    TheirCategory,
}
