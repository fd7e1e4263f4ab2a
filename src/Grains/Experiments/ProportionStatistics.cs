using MathNet.Numerics.Distributions;

namespace GrainMarketing.Experiments;

/// <summary>Tests and intervals for rates: Wilson's score interval per variant, the two-proportion z test and Wald's interval for a difference.</summary>
/// <remarks>
/// The z statistic uses the pooled rate (the standard error under the null hypothesis of equal rates, as the
/// test assumes); the difference's interval uses each variant's own rate (unpooled Wald), since it must hold
/// when the rates differ. Wilson's interval for a single rate keeps its coverage near 0, where Wald's does not.
/// </remarks>
public static class ProportionStatistics
{
    /// <summary>Wilson's score interval for <paramref name="successes"/> out of <paramref name="units"/> at the two-sided level 1 - <paramref name="alpha"/>.</summary>
    public static (double Low, double High) Wilson(double successes, double units, double alpha)
    {
        var z = Normal.InvCDF(0, 1, 1 - (alpha / 2));
        var p = successes / units;
        var z2 = z * z;
        var centre = (p + (z2 / (2 * units))) / (1 + (z2 / units));
        var half = z * Math.Sqrt((p * (1 - p) / units) + (z2 / (4 * units * units))) / (1 + (z2 / units));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>Variant (<paramref name="x1"/> of <paramref name="n1"/>) against control (<paramref name="x0"/> of <paramref name="n0"/>); null when either is empty or the pooled rate is 0 or 1.</summary>
    public static TestOutcome? Compare(double x1, double n1, double x0, double n0, double alpha)
    {
        if (n1 <= 0 || n0 <= 0)
        {
            return null;
        }

        var p1 = x1 / n1;
        var p0 = x0 / n0;
        var pooled = (x1 + x0) / (n1 + n0);
        var nullVariance = pooled * (1 - pooled) * ((1 / n1) + (1 / n0));
        if (nullVariance <= 0)
        {
            return null;
        }

        var difference = p1 - p0;
        var z = difference / Math.Sqrt(nullVariance);
        var p = 2 * Normal.CDF(0, 1, -Math.Abs(z));
        var se = Math.Sqrt((p1 * (1 - p1) / n1) + (p0 * (1 - p0) / n0));
        var critical = Normal.InvCDF(0, 1, 1 - (alpha / 2));
        return new TestOutcome(difference, difference - (critical * se), difference + (critical * se), z, null, p, nullVariance);
    }
}
