using GrainMarketing.Experiments;
using MathNet.Numerics.Distributions;
using Xunit.Abstractions;

namespace GrainMarketing.UnitTests.Experiments;

/// <summary>
/// A/A tests (both variants the same) watched after every batch: the always-valid mSPRT p-value rejects at most
/// alpha of them, while the fixed-horizon p-value read at the same looks rejects far more. Fixed seeds.
/// </summary>
public sealed class SequentialPeekingTests(ITestOutputHelper output)
{
    private const double Alpha = 0.05;
    private const int Experiments = 1000;
    private const int Looks = 50;

    [Fact]
    public void PeekingAfterEveryBatchKeepsTheSequentialFalsePositiveRateAtAlphaButNotTheFixedHorizonOne()
    {
        var random = new Random(1818);
        const double rate = 0.05;
        const double mde = 0.01;
        var (sequential, naive) = (0, 0);
        for (var experiment = 0; experiment < Experiments; experiment++)
        {
            var (a, b) = (default(VariantTally), default(VariantTally));
            var (sequentialRejected, naiveRejected) = (false, false);
            for (var look = 0; look < Looks; look++)
            {
                for (var unit = 0; unit < 200; unit++)
                {
                    a = a.Add(random.NextDouble() < rate, 0);
                    b = b.Add(random.NextDouble() < rate, 0);
                }

                if (ProportionStatistics.Compare((double)b.Successes, b.Units, (double)a.Successes, a.Units, Alpha) is { } outcome)
                {
                    naiveRejected |= outcome.PValue <= Alpha;
                    sequentialRejected |= MixtureSprt.PValue(outcome.Statistic, outcome.Variance, mde * mde) <= Alpha;
                }
            }

            sequential += sequentialRejected ? 1 : 0;
            naive += naiveRejected ? 1 : 0;
        }

        output.WriteLine($"A/A tests rejected: sequential {sequential} of {Experiments}, fixed horizon {naive} of {Experiments}");
        Assert.True(sequential <= Alpha * Experiments, $"sequential: {sequential} of {Experiments} A/A tests rejected");
        Assert.True(naive > 2 * Alpha * Experiments, $"fixed horizon: {naive} of {Experiments} A/A tests rejected");
    }

    [Fact]
    public void PeekingAtMeansWithWelchKeepsTheSequentialFalsePositiveRateAtAlphaButNotTheFixedHorizonOne()
    {
        var random = new Random(1819);
        var spend = new Exponential(0.1, random);
        var (sequential, naive) = (0, 0);
        for (var experiment = 0; experiment < Experiments; experiment++)
        {
            var (a, b) = (default(VariantTally), default(VariantTally));
            var (sequentialRejected, naiveRejected) = (false, false);
            for (var look = 0; look < Looks; look++)
            {
                for (var unit = 0; unit < 50; unit++)
                {
                    a = a.Add(false, (decimal)spend.Sample());
                    b = b.Add(false, (decimal)spend.Sample());
                }

                var outcome = MeanStatistics.Welch(b, a, Alpha)!;
                naiveRejected |= outcome.PValue <= Alpha;
                sequentialRejected |= MixtureSprt.PValue(outcome.Statistic, outcome.Variance, 2.0 * 2.0) <= Alpha;
            }

            sequential += sequentialRejected ? 1 : 0;
            naive += naiveRejected ? 1 : 0;
        }

        output.WriteLine($"A/A tests rejected: sequential {sequential} of {Experiments}, fixed horizon {naive} of {Experiments}");
        Assert.True(sequential <= Alpha * Experiments, $"sequential: {sequential} of {Experiments} A/A tests rejected");
        Assert.True(naive > 2 * Alpha * Experiments, $"fixed horizon: {naive} of {Experiments} A/A tests rejected");
    }

    [Fact]
    public void ARealDifferenceOfTheMinimumDetectableEffectIsFoundInMostExperiments()
    {
        var random = new Random(1820);
        const double mde = 0.01;
        var found = 0;
        for (var experiment = 0; experiment < 200; experiment++)
        {
            var (a, b) = (default(VariantTally), default(VariantTally));
            var minimum = 1.0;
            for (var look = 0; look < Looks && minimum > Alpha; look++)
            {
                for (var unit = 0; unit < 400; unit++)
                {
                    a = a.Add(random.NextDouble() < 0.05, 0);
                    b = b.Add(random.NextDouble() < 0.05 + mde, 0);
                }

                var outcome = ProportionStatistics.Compare((double)b.Successes, b.Units, (double)a.Successes, a.Units, Alpha)!;
                minimum = Math.Min(minimum, MixtureSprt.PValue(outcome.Statistic, outcome.Variance, mde * mde));
            }

            found += minimum <= Alpha ? 1 : 0;
        }

        output.WriteLine($"found in {found} of 200");
        Assert.True(found >= 160, $"found in {found} of 200");
    }
}
