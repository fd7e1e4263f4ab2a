namespace GrainMarketing.Offers;

/// <summary>The sums over one group of a campaign's targets (treated or held out).</summary>
/// <remarks>
/// Customers, the offer's steps, customers who converted the offer at least once, the converted revenue,
/// customers who bought at all, and the revenue with its sum of squares (for the spread of revenue per
/// customer).
/// </remarks>
public sealed record GroupSums(
    int Customers,
    int Delivered,
    int Viewed,
    int Clicked,
    int Converted,
    int Converters,
    decimal OfferRevenue,
    int Buyers,
    decimal Revenue,
    decimal RevenueSquared)
{
    public static readonly GroupSums Empty = new(0, 0, 0, 0, 0, 0, 0m, 0, 0m, 0m);
}
