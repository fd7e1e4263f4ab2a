using GrainMarketing.Insights.Creatives;
using MathNet.Numerics.Distributions;
using Xunit.Abstractions;

namespace GrainMarketing.UnitTests.Insights.Creatives;

public sealed class RateRankingTests(ITestOutputHelper output)
{
    [Fact]
    public void TheTwoProportionTestMatchesItsReferenceValue()
    {
        // erfc(|z| / sqrt 2) with the pooled, continuity-corrected z of 60/1000 against 40/1000, computed apart from this code.
        Assert.Equal(0.05125258285736955, RateRanking.TwoProportionP(("a", 1000, 60), ("b", 1000, 40)), 1e-9);
    }

    [Fact]
    public void HolmAdjustsStepDownAndKeepsTheInputOrder()
    {
        Assert.Equal([0.03, 0.06, 0.06], RateRanking.Holm([0.01, 0.04, 0.03]).Select(p => Math.Round(p, 12)));
    }

    [Fact]
    public void EntriesCarryWilsonIntervalsAndAClearWinnerIsDeclared()
    {
        var (entries, winner) = RateRanking.Rank([("weak", 20_000, 200), ("strong", 20_000, 400), ("none", 0, 0)], 0.05);

        Assert.Equal(["strong", "weak", "none"], entries.Select(e => e.Key));
        Assert.Equal("strong", winner);
        Assert.True(entries[1].WorseThanBest);
        Assert.True(entries[0].ProbabilityBest > 0.99);
        Assert.Null(entries[2].Rate);

        var (sixty, _) = RateRanking.Rank([("x", 1000, 60)], 0.05);
        Assert.Equal(0.04689647267593196, sixty[0].Low!.Value, 1e-12);
        Assert.Equal(0.07647107479135655, sixty[0].High!.Value, 1e-12);
    }

    [Fact]
    public void TwoCreativesWithEqualTrueCtrRarelyYieldAWinner()
    {
        const int Seeds = 2_000;
        const double Alpha = 0.05;
        var winners = 0;
        var random = new Random(20261207);
        for (var seed = 0; seed < Seeds; seed++)
        {
            var (_, winner) = RateRanking.Rank([("a", 20_000, Binomial.Sample(random, 0.02, 20_000)), ("b", 20_000, Binomial.Sample(random, 0.02, 20_000))], Alpha);
            winners += winner is null ? 0 : 1;
        }

        var rate = (double)winners / Seeds;
        var error = Math.Sqrt(Alpha * (1 - Alpha) / Seeds);
        output.WriteLine($"equal CTR, two creatives, {Seeds} seeds: a winner declared {winners} times ({rate:P2}); alpha {Alpha}");
        Assert.True(rate <= Alpha + 2 * error, $"false winner rate {rate}");
    }
}
