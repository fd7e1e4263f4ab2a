using MathNet.Numerics.Distributions;

namespace GrainMarketing.Offers;

/// <summary>A campaign's effect over its holdout, treated minus held out, with 95% intervals.</summary>
/// <remarks>
/// For the share who bought, Newcombe's hybrid score interval (his method 10, built from each group's
/// Wilson score interval, which stays inside [-1, 1] and keeps its coverage for rare purchases where Wald's
/// does not); for revenue per customer, Welch's interval from each group's sum and sum of squares with the
/// Welch-Satterthwaite degrees of freedom. Bounds are null when either group has fewer than two customers,
/// and for revenue also when neither group's revenue varies (no spread to judge by).
/// </remarks>
public static class UpliftStatistics
{
    public const double Confidence = 0.95;

    private static readonly double Z = Normal.InvCDF(0, 1, 1 - ((1 - Confidence) / 2));

    /// <summary>The difference in the share of buyers; null when either group is empty.</summary>
    public static Uplift? Proportions(int treatedBuyers, int treated, int heldOutBuyers, int heldOut)
    {
        if (treated == 0 || heldOut == 0)
        {
            return null;
        }

        var p1 = (double)treatedBuyers / treated;
        var p0 = (double)heldOutBuyers / heldOut;
        var difference = p1 - p0;
        if (treated < 2 || heldOut < 2)
        {
            return new Uplift(p1, p0, difference, null, null);
        }

        var (l1, u1) = Wilson(treatedBuyers, treated);
        var (l0, u0) = Wilson(heldOutBuyers, heldOut);
        var low = difference - Math.Sqrt(((p1 - l1) * (p1 - l1)) + ((u0 - p0) * (u0 - p0)));
        var high = difference + Math.Sqrt(((u1 - p1) * (u1 - p1)) + ((p0 - l0) * (p0 - l0)));
        return new Uplift(p1, p0, difference, low, high);
    }

    /// <summary>The difference in mean revenue per customer; null when either group is empty.</summary>
    public static Uplift? Means(int treated, decimal treatedSum, decimal treatedSquares, int heldOut, decimal heldOutSum, decimal heldOutSquares)
    {
        if (treated == 0 || heldOut == 0)
        {
            return null;
        }

        var m1 = (double)(treatedSum / treated);
        var m0 = (double)(heldOutSum / heldOut);
        var difference = m1 - m0;
        if (treated < 2 || heldOut < 2)
        {
            return new Uplift(m1, m0, difference, null, null);
        }

        var a = Variance(treated, treatedSum, treatedSquares) / treated;
        var b = Variance(heldOut, heldOutSum, heldOutSquares) / heldOut;
        if (a + b <= 0)
        {
            return new Uplift(m1, m0, difference, null, null);
        }

        var degrees = (a + b) * (a + b) / ((a * a / (treated - 1)) + (b * b / (heldOut - 1)));
        var margin = StudentT.InvCDF(0, 1, degrees, 1 - ((1 - Confidence) / 2)) * Math.Sqrt(a + b);
        return new Uplift(m1, m0, difference, difference - margin, difference + margin);
    }

    /// <summary>Wilson's score interval for <paramref name="successes"/> of <paramref name="n"/>.</summary>
    private static (double Low, double High) Wilson(int successes, int n)
    {
        var p = (double)successes / n;
        var z2 = Z * Z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = Z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n)));
        return (centre - half, centre + half);
    }

    /// <summary>The sample variance from a sum and sum of squares, the squares centred in decimal so large sums lose no precision.</summary>
    private static double Variance(int n, decimal sum, decimal squares) =>
        Math.Max(0, (double)(squares - (sum * (sum / n))) / (n - 1));
}
