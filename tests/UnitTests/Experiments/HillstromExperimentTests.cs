using System.Globalization;
using GrainMarketing.Experiments;

namespace GrainMarketing.UnitTests.Experiments;

/// <summary>
/// Hillstrom's randomised e-mail test analysed as a conversionRate experiment with "No E-Mail" as the control:
/// each e-mail arm's conversion difference (interval, z, p) and spend difference (Welch's t, degrees of
/// freedom, interval, p) equal reference values to 1e-6.
/// </summary>
/// <remarks>
/// The references were computed once, independently of the product, by <c>hillstrom_reference.py</c> next to
/// this file (Python's csv reader, exact fractions for the sums, mpmath at 40 digits: the normal quantile from
/// erfinv, the t tail from the regularized incomplete beta function, the t quantile by root finding), and
/// copied here with 17 significant digits.
/// </remarks>
public sealed class HillstromExperimentTests
{
    private const double Tolerance = 1e-6;

    private static readonly Lazy<IReadOnlyList<(string Segment, bool Converted, decimal Spend)>> Rows = new(() =>
        [.. File.ReadAllText(SharedData.Path("hillstrom-email", "hillstrom.csv"))
            .Split('\n')
            .Skip(1)
            .Select(line => line.TrimEnd('\r').Split(','))
            .Select(f => (f[^4], f[^2] == "1", decimal.Parse(f[^1], CultureInfo.InvariantCulture)))]);

    public static TheoryData<string, double[], double[]> References => new()
    {
        {
            "Mens E-Mail",
            [0.0068050065196156948, 0.0050001713804523127, 0.0086098416587790769, 7.3851144109257717, 1.5232235005955515e-13],
            [0.76982715589453648, 0.48513973256840728, 1.0545145792206657, 5.3001403584116677, 36671.157977360508, 1.1638149682254925e-7]
        },
        {
            "Womens E-Mail",
            [0.0031110575110852574, 0.0014986778214022342, 0.0047234372007682806, 3.7795609583578492, 0.00015710512910668541],
            [0.42441221593659652, 0.16895678988377853, 0.67986764198941452, 3.256371576025391, 40064.884406530665, 0.0011293971023632538]
        },
    };

    [Theory]
    [MemberData(nameof(References))]
    public void EachEMailArmAgainstNoEMailEqualsTheIndependentReference(string arm, double[] conversion, double[] spend)
    {
        var results = Analyze();

        var rate = results.Analyses[0].Comparisons.Single(c => c.Variant == arm);
        Assert.Equal(("conversionRate", "No E-Mail"), (results.Analyses[0].Measure, rate.Control));
        Close(conversion, [rate.Difference, rate.Low, rate.High, rate.Statistic, rate.PValue]);
        Assert.Null(rate.DegreesOfFreedom);
        var value = results.Analyses[1].Comparisons.Single(c => c.Variant == arm);
        Assert.Equal("valuePerUnit", results.Analyses[1].Measure);
        Close(spend, [value.Difference, value.Low, value.High, value.Statistic, value.DegreesOfFreedom, value.PValue]);
    }

    [Fact]
    public void BothEMailsWinAgainstNoEMailAndTheMensEMailIsTheWinner()
    {
        var results = Analyze();

        Assert.Equal((ExperimentVerdict.Winner, "Mens E-Mail"), (results.Verdict, results.Winner));
        Assert.All(results.Analyses[0].Comparisons, c => Assert.True(c.Significant && c.SequentialPValue < 0.025 && c.SequentialPValue >= c.PValue));
        var best = results.Analyses[0].Variants.Single(v => v.Variant == "Mens E-Mail");
        Assert.Equal((21_307L, 267m), (best.Units, best.Successes));
        Assert.True(best.ProbabilityBest > 0.99);
        Assert.Equal(1.0, results.Analyses[0].Variants.Sum(v => v.ProbabilityBest!.Value), 9);
    }

    /// <summary>The rows tallied per arm as the experiment grain tallies observations, then analysed.</summary>
    private static ExperimentResults Analyze()
    {
        var variants = new[] { "No E-Mail", "Mens E-Mail", "Womens E-Mail" };
        var tallies = variants.Select(v => Rows.Value.Where(r => r.Segment == v).Aggregate(default(VariantTally), (t, r) => t.Add(r.Converted, r.Spend))).ToList();
        var draft = new ExperimentDraft("Hillstrom", ExperimentMetric.ConversionRate, variants, 0.003, 0.05, 0.8, 0.006, null);
        var experiment = new Experiment("exp-1", draft, RequiredSampleSize.For(draft), ExperimentStatus.Stopped, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "test", 1);
        MeasureTallies[] measures =
        [
            new("conversionRate", Proportion: true, LowerIsBetter: false, Sequential: true, tallies),
            new("valuePerUnit", Proportion: false, LowerIsBetter: false, Sequential: false, tallies),
        ];
        return ExperimentAnalyzer.Analyze(experiment, measures, new Dictionary<string, double>(), DateTimeOffset.UnixEpoch, null).Results;
    }

    private static void Close(double[] expected, double?[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]!.Value) <= Tolerance, $"figure {i}: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }
}
