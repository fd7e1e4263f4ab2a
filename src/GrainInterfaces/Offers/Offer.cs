namespace GrainMarketing.Offers;

/// <summary>An offer of cashback, percent off, points or a fixed bonus, with its value.</summary>
/// <remarks>
/// <see cref="Value"/> is a percentage (5 = 5%) for cashback and percent off, points per unit spent for points,
/// an amount in the tenant's currency for a fixed bonus. <see cref="PointValue"/> is what one point costs the
/// tenant.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Offer")]
public sealed record Offer(
    [property: Id(0)] OfferKind Kind,
    [property: Id(1)] decimal Value,
    [property: Id(2)] OfferPlace Place = OfferPlace.Anywhere,
    [property: Id(3)] decimal PointValue = 0.01m)
{
    /// <summary>What the offer costs the tenant on a converted purchase of <paramref name="amount"/>.</summary>
    public decimal CostOn(decimal amount) => Kind switch
    {
        OfferKind.Cashback or OfferKind.PercentOff => amount * Value / 100m,
        OfferKind.Points => amount * Value * PointValue,
        _ => Value,
    };
}
