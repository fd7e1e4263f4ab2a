namespace GrainMarketing.ApiHost.Offers;

/// <param name="Kind">cashback, percentOff, points or fixedBonus.</param>
/// <param name="Value">A percentage (5 = 5%) for cashback and percent off, points per unit spent, or an amount for a fixed bonus.</param>
/// <param name="Place">anywhere (the default), theirLocations or theirCategory.</param>
/// <param name="PointValue">What one point costs the tenant (points offers; 0.01 by default).</param>
public sealed record OfferRequest(string? Kind = null, decimal? Value = null, string? Place = null, decimal? PointValue = null);
