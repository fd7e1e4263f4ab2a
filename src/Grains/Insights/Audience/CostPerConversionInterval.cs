using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Audience;

/// <summary>The exact (Garwood) interval of a cost per conversion: spend taken as known, conversions as Poisson.</summary>
/// <remarks>
/// The Poisson mean's exact limits are Gamma quantiles (the chi-square form halved): the lower limit has shape equal
/// to the count, the upper shape count + 1. Spend divided by them bounds the cost. Exact means the coverage is at
/// least the level for every true rate, so it errs wide at small counts; fractional conversions (attribution models
/// report them) use the same Gamma quantiles at a fractional shape.
/// </remarks>
public static class CostPerConversionInterval
{
    /// <summary>The interval at <paramref name="level"/>; the upper end is null without conversions (any cost is possible).</summary>
    public static (double Low, double? High) Of(double spend, double conversions, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(conversions);
        var tail = (1 - level) / 2;
        var upperMean = Gamma.InvCDF(conversions + 1, 1, 1 - tail);
        var lowerMean = conversions > 0 ? Gamma.InvCDF(conversions, 1, tail) : 0;
        return (spend / upperMean, lowerMean > 0 ? spend / lowerMean : null);
    }
}
