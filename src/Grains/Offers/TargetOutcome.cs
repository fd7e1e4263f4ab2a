namespace GrainMarketing.Offers;

/// <summary>A customer's outcome with one campaign as of <see cref="At"/>, in totals.</summary>
/// <remarks>
/// The offer's steps (deliveries, views, clicks, conversions and the converted revenue), and every purchase
/// and its revenue inside the campaign's window, for treated and held-out customers alike.
/// </remarks>
public sealed record TargetOutcome(
    string Tenant,
    string Campaign,
    string UserId,
    int Delivered,
    int Viewed,
    int Clicked,
    int Converted,
    decimal OfferRevenue,
    int Purchases,
    decimal Revenue,
    DateTimeOffset At);
