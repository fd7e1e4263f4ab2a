using GrainMarketing.Automation;

namespace GrainMarketing.UnitTests.Automation;

/// <summary>
/// <see cref="KpiPosterior"/> against values computed another way than MathNet's continued fractions:
/// closed-form finite sums in 60-digit decimal arithmetic (Python), and Simpson's rule on the posterior
/// density inside the test.
/// </summary>
public sealed class KpiPosteriorReferenceTests
{
    /// <summary>
    /// Integer posterior parameters have closed forms: I_x(a, b) = P(Binomial(a + b − 1, x) ≥ a), and
    /// P(Gamma(n, rate) ≤ t) = 1 − e^(−rate·t) Σ_{j&lt;n} (rate·t)^j / j!. Evaluated exactly with Python's
    /// fractions and 60-digit decimals (no SciPy on the machine that wrote them).
    /// </summary>
    [Theory]
    [InlineData(KpiMetric.Ctr, 100, 5, 0, 0, 0, 0.03, 0.916123629147937088)]
    [InlineData(KpiMetric.Cvr, 0, 400, 12, 0, 0, 0.02, 1 - 0.0628159956040762386)]
    [InlineData(KpiMetric.Cpa, 0, 0, 1, 60, 0, 40, 0.442174607996306398)]
    [InlineData(KpiMetric.Cpa, 0, 0, 100, 6000, 0, 40, 0.999990949740507285)]
    [InlineData(KpiMetric.Cpa, 0, 0, 100, 6000, 0, 55, 0.793175660838577141)]
    [InlineData(KpiMetric.Cpa, 0, 0, 0, 150, 0, 40, 0.976482254731934531)]
    [InlineData(KpiMetric.Cpc, 0, 300, 0, 420, 0, 1.5, 0.111148166125899289)]
    [InlineData(KpiMetric.Roas, 0, 0, 20, 600, 1500, 2, 0.868168032800153960)]
    [InlineData(KpiMetric.Ctr, 0, 0, 0, 0, 0, 0.01, 0.99)]
    [InlineData(KpiMetric.Ctr, 400, 0, 0, 0, 0, 0.01, 1 - 0.982228952257705250)]
    public void ProbabilityAboveMatchesExactClosedForms(
        KpiMetric metric, long impressions, long clicks, double conversions, double spend, double value, double threshold, double expected)
    {
        var counts = new MetricCounts(impressions, clicks, (decimal)conversions, (decimal)spend, (decimal)value);

        Assert.Equal(expected, KpiPosterior.ProbabilityAbove(metric, counts, threshold), 1e-9);
    }

    [Fact]
    public void CtrMatchesTheIntegratedBetaPosterior() =>
        Assert.Equal(
            BetaTail(6, 96, 0.03),
            KpiPosterior.ProbabilityAbove(KpiMetric.Ctr, new MetricCounts(100, 5, 0, 0, 0), 0.03),
            1e-8);

    [Fact]
    public void CvrWithFractionalConversionsMatchesTheIntegratedBetaPosterior() =>
        Assert.Equal(
            BetaTail(13.5, 288.5, 0.05),
            KpiPosterior.ProbabilityAbove(KpiMetric.Cvr, new MetricCounts(0, 300, 12.5m, 0, 0), 0.05),
            1e-8);

    [Fact]
    public void CpaWithFractionalConversionsMatchesTheIntegratedGammaPosterior() =>
        Assert.Equal(
            GammaHead(8.5, 250 + 1e-6, 1.0 / 30),
            KpiPosterior.ProbabilityAbove(KpiMetric.Cpa, new MetricCounts(0, 0, 7.5m, 250m, 0), 30),
            1e-8);

    [Fact]
    public void RoasMatchesTheIntegratedGammaPosteriorScaledByTheOrderValue() =>
        Assert.Equal(
            1 - GammaHead(4.5, 300 + 1e-6, 2.0 / 200),
            KpiPosterior.ProbabilityAbove(KpiMetric.Roas, new MetricCounts(0, 0, 3.5m, 300m, 700m), 2),
            1e-8);

    /// <summary>P(p &gt; x) for p ~ Beta(a, b), a and b above one, as a ratio of two Simpson integrals.</summary>
    private static double BetaTail(double a, double b, double x)
    {
        var mode = (a - 1) / (a + b - 2);
        double Density(double p) =>
            Math.Exp((a - 1) * (Math.Log(p) - Math.Log(mode)) + (b - 1) * (Math.Log(1 - p) - Math.Log(1 - mode)));

        return Simpson(Density, x, 1) / Simpson(Density, 0, 1);
    }

    /// <summary>P(λ ≤ t) for λ ~ Gamma(shape, rate), shape above one, as a ratio of two Simpson integrals.</summary>
    private static double GammaHead(double shape, double rate, double t)
    {
        var mode = (shape - 1) / rate;
        double Density(double l) => Math.Exp((shape - 1) * (Math.Log(l) - Math.Log(mode)) - rate * (l - mode));
        var farTail = (shape + 60 * Math.Sqrt(shape) + 60) / rate;

        return Simpson(Density, 0, t) / Simpson(Density, 0, farTail);
    }

    private static double Simpson(Func<double, double> f, double from, double to)
    {
        const int Intervals = 200_000;
        var h = (to - from) / Intervals;
        var sum = f(from) + f(to);
        for (var i = 1; i < Intervals; i++)
        {
            sum += f(from + i * h) * (i % 2 == 1 ? 4 : 2);
        }

        return sum * h / 3;
    }
}
