namespace GrainMarketing.Offers;

/// <summary>What the customer gets from an offer.</summary>
/// <remarks>
/// <see cref="Cashback"/> and <see cref="PercentOff"/> a percentage of the purchase, <see cref="Points"/> points
/// per unit spent, <see cref="FixedBonus"/> a fixed amount.
/// </remarks>
public enum OfferKind
{
    Cashback,
    PercentOff,
    Points,
    FixedBonus,
}
