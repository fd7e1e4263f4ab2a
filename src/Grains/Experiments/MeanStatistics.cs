using MathNet.Numerics.Distributions;

namespace GrainMarketing.Experiments;

/// <summary>Means from a tally's sum and sum of squares: Student's t interval per variant and Welch's t test and interval for a difference.</summary>
/// <remarks>Welch's test does not assume equal variances; its degrees of freedom are Welch-Satterthwaite's.</remarks>
public static class MeanStatistics
{
    public static double Mean(VariantTally tally) => (double)tally.Sum / tally.Units;

    /// <summary>The sample variance (n - 1 in the denominator); the decimal sums keep it exact up to the last step.</summary>
    public static double Variance(VariantTally tally)
    {
        var n = (decimal)tally.Units;
        return (double)((tally.SumOfSquares - (tally.Sum * tally.Sum / n)) / (n - 1));
    }

    /// <summary>Student's t interval for the mean at level 1 - <paramref name="alpha"/>; null with fewer than two units.</summary>
    public static (double Low, double High)? Interval(VariantTally tally, double alpha)
    {
        if (tally.Units < 2)
        {
            return null;
        }

        var half = StudentT.InvCDF(0, 1, tally.Units - 1, 1 - (alpha / 2)) * Math.Sqrt(Variance(tally) / tally.Units);
        var mean = Mean(tally);
        return (mean - half, mean + half);
    }

    /// <summary>Welch's test of <paramref name="variant"/> minus <paramref name="control"/>; null with fewer than two units in either or no spread in both.</summary>
    public static TestOutcome? Welch(VariantTally variant, VariantTally control, double alpha)
    {
        if (variant.Units < 2 || control.Units < 2)
        {
            return null;
        }

        var a = Variance(variant) / variant.Units;
        var b = Variance(control) / control.Units;
        var variance = a + b;
        if (variance <= 0)
        {
            return null;
        }

        var difference = Mean(variant) - Mean(control);
        var se = Math.Sqrt(variance);
        var t = difference / se;
        var df = variance * variance / ((a * a / (variant.Units - 1)) + (b * b / (control.Units - 1)));
        var p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        var critical = StudentT.InvCDF(0, 1, df, 1 - (alpha / 2));
        return new TestOutcome(difference, difference - (critical * se), difference + (critical * se), t, df, p, variance);
    }
}
