using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Conversions per unit of spend of a group against the pooled rest, as Poisson rates.</summary>
/// <remarks>
/// The test is exact and conditional: given the total conversions, the group's share is binomial with the share of
/// spend the null hypothesis gives it. Testing against a margin (the group's rate is within <c>ratio</c> of the rest's)
/// rather than against equality keeps ordinary differences between campaigns from being reported as findings.
/// The impact draws come from Jeffreys-prior Gamma posteriors of both rates with a fixed seed, so a run repeats.
/// </remarks>
public static class RateComparison
{
    private const int Draws = 2000;

    /// <summary>P-value of "the group's rate is at least <paramref name="ratio"/> × the rest's" when the group converts less.</summary>
    public static double LowerTail(Rates rates, double ratio)
    {
        var (n, k, p) = Null(rates, ratio);
        return Binomial.CDF(p, n, k);
    }

    /// <summary>P-value of "the group's rate is at most <paramref name="ratio"/> × the rest's" when the group converts more.</summary>
    public static double UpperTail(Rates rates, double ratio)
    {
        var (n, k, p) = Null(rates, ratio);
        return k == 0 ? 1 : Math.Max(0, 1 - Binomial.CDF(p, n, k - 1));
    }

    /// <summary>The conversions per week gained by moving <paramref name="weeklySpend"/> from the group's rate to the rest's (negative when the group is better), with its 80% interval.</summary>
    public static (double Value, double Lower80, double Upper80) MovedSpendGain(Rates rates, double weeklySpend, int seed)
    {
        var random = new Random(seed);
        var group = Gamma.Samples(random, rates.GroupConversions + 0.5, rates.GroupSpend).Take(Draws).ToArray();
        var rest = Gamma.Samples(random, rates.RestConversions + 0.5, rates.RestSpend).Take(Draws).ToArray();
        var gains = group.Zip(rest, (g, r) => weeklySpend * (r - g));
        var point = weeklySpend * (rates.RestRate - rates.GroupRate);
        var estimate = Budget.Percentiles.Of(point, gains);
        return (estimate.Value, estimate.Lower80, estimate.Upper80);
    }

    private static (int Total, int Group, double Share) Null(Rates rates, double ratio)
    {
        var group = (int)Math.Round(rates.GroupConversions);
        var total = group + (int)Math.Round(rates.RestConversions);
        var share = ratio * rates.GroupSpend / ((ratio * rates.GroupSpend) + rates.RestSpend);
        return (total, group, share);
    }
}
