using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Audience;
using GrainMarketing.Metrics;
using Xunit.Abstractions;
using static GrainMarketing.UnitTests.Insights.Audience.PlantedAudience;

namespace GrainMarketing.UnitTests.Insights.Audience;

public sealed class SaturationTestTests(ITestOutputHelper output)
{
    private const int Seeds = 300;

    [Fact]
    public void CpaGrowingAsTheSquareRootOfSpendHasElasticityOneHalfExactly()
    {
        // Eight weeks; week w spends 700 × (w + 1) at a CPA of sqrt(spend per day), one day carrying the whole week.
        var range = Range(56);
        var days = Enumerable.Range(0, 8).Select(w =>
        {
            var spend = 700m * (w + 1);
            var cpa = (decimal)Math.Sqrt((double)spend);
            return new DayTotals(range.From.AddDays(w * 7), new MetricTotals(0, 0, 0, spend, spend / cpa, 0));
        }).ToList();

        var assessment = SaturationTest.Assess([new AudienceSegment("a", days, 20)], range, 0.05)["a"];

        Assert.Equal(0.5, assessment.Elasticity!.Value, 1e-6);
        Assert.True(assessment.Saturating);
        Assert.Equal(8, assessment.Periods.Count);
        Assert.Equal((double)((5m + 6 + 7 + 8) / (1m + 2 + 3 + 4)), assessment.SpendChange!.Value, 1e-9);
    }

    [Theory]
    [InlineData(56)]
    [InlineData(28)]
    public void APlantedSaturatingSegmentIsFoundAndFlatOnesAreNot(int days)
    {
        var found = 0;
        var flatCalled = 0;
        var steadyCalled = 0;
        for (var seed = 0; seed < Seeds; seed++)
        {
            var random = new Random(seed);
            // Spend ramps from 100 to 400 a day over the window; the saturating segment's CPA grows as the square root of spend.
            Func<int, double> ramp = day => 100 + (300.0 * day / (days - 1));
            AudienceSegment[] segments =
            [
                Segment(random, "saturating", days, ramp, spend => 20 * Math.Sqrt(spend / 100)),
                Segment(random, "flat", days, ramp, _ => 20),
                Segment(random, "steady", days, _ => 250, _ => 20),
            ];

            var assessed = SaturationTest.Assess(segments, Range(days), AudienceInsights.Alpha);

            found += assessed["saturating"].Saturating ? 1 : 0;
            flatCalled += assessed["flat"].Saturating ? 1 : 0;
            steadyCalled += assessed["steady"].Saturating ? 1 : 0;
        }

        output.WriteLine($"{days / 7} weeks, {Seeds} seeds: saturating (CPA ∝ √spend, spend ×4) found {found} ({(double)found / Seeds:P1}); "
            + $"flat CPA with the same ramp called {flatCalled} ({(double)flatCalled / Seeds:P1}); steady spend called {steadyCalled} ({(double)steadyCalled / Seeds:P1})");
        // Four weekly points leave the t test two degrees of freedom: its power there is reported, not promised.
        Assert.True(days < 56 || found >= Seeds * 0.8, $"found {found}");
        Assert.True(flatCalled <= Seeds * 0.08, $"flat called {flatCalled}");
        Assert.True(steadyCalled <= Seeds * 0.08, $"steady called {steadyCalled}");
    }
}
