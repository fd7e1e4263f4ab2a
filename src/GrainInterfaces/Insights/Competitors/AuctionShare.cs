namespace GrainMarketing.Insights.Competitors;

/// <summary>One percentage cell of an auction-insights export: a value, Google's "&lt; 10%", or "--" (no data).</summary>
/// <param name="Percent">The value in percent (45.67 for "45.67%"); null for "&lt; 10%" and for "--".</param>
/// <param name="BelowTen">True for "&lt; 10%": the value is somewhere from 0 to 10.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AuctionShare")]
public sealed record AuctionShare([property: Id(0)] decimal? Percent, [property: Id(1)] bool BelowTen = false)
{
    public static readonly AuctionShare None = new(Percent: null);

    public static readonly AuctionShare UnderTen = new(Percent: null, BelowTen: true);

    /// <summary>The least and most the value can be; null for no data.</summary>
    public (decimal Low, decimal High)? Bounds() => Percent is { } p ? (p, p) : BelowTen ? (0m, 10m) : null;
}
