namespace GrainMarketing.Offers;

/// <summary>A campaign that targets a customer: whether they are held out, and where the offer is placed for them.</summary>
/// <remarks>
/// Whether the customer is held out (never shown the offer), and the city or category the offer is placed
/// in for them (null when it applies anywhere).
/// </remarks>
public sealed record CampaignTargeting(string Campaign, bool HeldOut, string? Place);
