using System.Globalization;
using GrainMarketing.Offers;

namespace GrainMarketing.UnitTests.Offers;

/// <summary>
/// Hillstrom's randomised e-mail test (64,000 customers, a third of them sent no e-mail): each e-mail
/// group against the control, the buying-rate and spend-per-customer uplifts and their 95% intervals
/// computed here from the raw rows with plain arithmetic (Wilson and Newcombe's hybrid score interval;
/// Welch with the Cornish-Fisher expansion of the t quantile), and the class must give the same.
/// The columns are read from the end of each line: <c>history_segment</c> is quoted where it holds a
/// comma (<c>"6) $750 - $1,000"</c>), though the file's notes say it never is.
/// </summary>
public sealed class UpliftStatisticsHillstromTests
{
    private const double Z = 1.959963984540054;
    private const double Tolerance = 1e-9;

    private static readonly Lazy<IReadOnlyList<(string Segment, bool Converted, decimal Spend)>> Rows = new(() =>
        [.. File.ReadAllText(SharedData.Path("hillstrom-email", "hillstrom.csv"))
            .Split('\n')
            .Skip(1)
            .Select(line => line.TrimEnd('\r').Split(','))
            .Select(f => (f[^4], f[^2] == "1", decimal.Parse(f[^1], CultureInfo.InvariantCulture)))]);

    [Theory]
    [InlineData("Mens E-Mail", 21_307, 0.01253)]
    [InlineData("Womens E-Mail", 21_387, 0.00884)]
    public void TheBuyingRateUpliftAndItsNewcombeIntervalMatchTheRawRows(string segment, int size, double publishedRate)
    {
        var treated = Rows.Value.Where(r => r.Segment == segment).ToList();
        var control = Rows.Value.Where(r => r.Segment == "No E-Mail").ToList();
        var (n1, x1) = (treated.Count, treated.Count(r => r.Converted));
        var (n0, x0) = (control.Count, control.Count(r => r.Converted));
        var (p1, p0) = ((double)x1 / n1, (double)x0 / n0);
        var (l1, u1) = Wilson(x1, n1);
        var (l0, u0) = Wilson(x0, n0);
        var low = p1 - p0 - Math.Sqrt(Math.Pow(p1 - l1, 2) + Math.Pow(u0 - p0, 2));
        var high = p1 - p0 + Math.Sqrt(Math.Pow(u1 - p1, 2) + Math.Pow(p0 - l0, 2));

        var uplift = UpliftStatistics.Proportions(x1, n1, x0, n0)!;

        Assert.Equal((size, 21_306), (n1, n0));
        Assert.Equal(publishedRate, p1, 5);
        Assert.Equal(0.00573, p0, 5);
        Close(p1, uplift.Treated);
        Close(p0, uplift.HeldOut);
        Close(p1 - p0, uplift.Difference);
        Close(low, uplift.Low!.Value);
        Close(high, uplift.High!.Value);
        Assert.True(low > 0, "an e-mail raised the buying rate beyond doubt");
    }

    [Theory]
    [InlineData("Mens E-Mail", 1.4226)]
    [InlineData("Womens E-Mail", 1.0772)]
    public void TheSpendPerCustomerUpliftAndItsWelchIntervalMatchTheRawRows(string segment, double publishedMean)
    {
        var treated = Rows.Value.Where(r => r.Segment == segment).Select(r => (double)r.Spend).ToList();
        var control = Rows.Value.Where(r => r.Segment == "No E-Mail").Select(r => (double)r.Spend).ToList();
        var (m1, m0) = (treated.Average(), control.Average());
        var v1 = treated.Sum(s => (s - m1) * (s - m1)) / (treated.Count - 1) / treated.Count;
        var v0 = control.Sum(s => (s - m0) * (s - m0)) / (control.Count - 1) / control.Count;
        var degrees = Math.Pow(v1 + v0, 2) / ((v1 * v1 / (treated.Count - 1)) + (v0 * v0 / (control.Count - 1)));
        var margin = TQuantile(degrees) * Math.Sqrt(v1 + v0);

        var uplift = UpliftStatistics.Means(
            treated.Count, Sum(segment), Squares(segment),
            control.Count, Sum("No E-Mail"), Squares("No E-Mail"))!;

        Assert.Equal(publishedMean, m1, 4);
        Assert.Equal(0.6528, m0, 4);
        Close(m1, uplift.Treated);
        Close(m0, uplift.HeldOut);
        Close(m1 - m0, uplift.Difference);
        Close(m1 - m0 - margin, uplift.Low!.Value);
        Close(m1 - m0 + margin, uplift.High!.Value);
    }

    private static decimal Sum(string segment) => Rows.Value.Where(r => r.Segment == segment).Sum(r => r.Spend);

    private static decimal Squares(string segment) => Rows.Value.Where(r => r.Segment == segment).Sum(r => r.Spend * r.Spend);

    private static (double Low, double High) Wilson(int x, int n)
    {
        var p = (double)x / n;
        var centre = (p + (Z * Z / (2 * n))) / (1 + (Z * Z / n));
        var half = Z * Math.Sqrt((p * (1 - p) / n) + (Z * Z / (4.0 * n * n))) / (1 + (Z * Z / n));
        return (centre - half, centre + half);
    }

    /// <summary>The t distribution's 97.5% quantile by the Cornish-Fisher expansion in 1/df (four terms: exact to 1e-15 at tens of thousands of degrees).</summary>
    private static double TQuantile(double df)
    {
        var z3 = Math.Pow(Z, 3);
        var z5 = Math.Pow(Z, 5);
        var z7 = Math.Pow(Z, 7);
        var z9 = Math.Pow(Z, 9);
        return Z
            + ((z3 + Z) / (4 * df))
            + (((5 * z5) + (16 * z3) + (3 * Z)) / (96 * df * df))
            + (((3 * z7) + (19 * z5) + (17 * z3) - (15 * Z)) / (384 * Math.Pow(df, 3)))
            + (((79 * z9) + (776 * z7) + (1482 * z5) - (1920 * z3) - (945 * Z)) / (92160 * Math.Pow(df, 4)));
    }

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance, $"expected {expected:R}, got {actual:R}");
}
