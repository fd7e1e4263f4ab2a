using System.Globalization;

namespace GrainMarketing.Insights.Competitors;

/// <summary>A figure the Meta Ad Library gives as a range (spend "€100-€499", impressions "1K-5K", report spend "≤100") or exactly (Low equal to High).</summary>
/// <param name="Low">The least it can be.</param>
/// <param name="High">The most it can be; null when Meta gives no upper end ("1M+", an <c>ads_archive</c> range without <c>upper_bound</c>).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetaRange")]
public sealed record MetaRange([property: Id(0)] decimal Low, [property: Id(1)] decimal? High)
{
    public static readonly MetaRange Zero = new(0m, 0m);

    public static MetaRange Exactly(decimal value) => new(value, value);

    /// <summary>The sum of two ranges: the lows add up, and the highs when both have one.</summary>
    public MetaRange Plus(MetaRange other) => new(Low + other.Low, High is { } h && other.High is { } o ? h + o : null);

    /// <summary>"1200", "0-100" or "1000000+" for alert texts.</summary>
    public override string ToString() =>
        High == Low ? Low.ToString("0.##", CultureInfo.InvariantCulture)
        : High is { } high ? string.Create(CultureInfo.InvariantCulture, $"{Low:0.##}-{high:0.##}")
        : string.Create(CultureInfo.InvariantCulture, $"{Low:0.##}+");
}
