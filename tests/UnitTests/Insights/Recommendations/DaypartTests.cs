using GrainMarketing.Insights.Recommendations;
using GrainMarketing.Metrics;
using Xunit.Abstractions;

namespace GrainMarketing.UnitTests.Insights.Recommendations;

/// <summary>The dayparting test against values worked out by hand, and its power on one week of hours.</summary>
public sealed class DaypartTests(ITestOutputHelper output)
{
    [Fact]
    public void TheChiSquareOfHomogeneityMatchesTheClosedFormForThreeDegreesOfFreedom()
    {
        // Equal spend, 100 conversions: 25 expected per block; X² = (225 + 25 + 25 + 225) / 25 = 20.
        // For 3 degrees of freedom Q(x) = erfc(√(x/2)) + √(2x/π) e^(−x/2) = 0.00016974243555282643 at x = 20.
        var test = DaypartTest.Of("meta:1", [new(0, 10, 100), new(6, 20, 100), new(12, 30, 100), new(18, 40, 100)], 5);

        Assert.Equal(20, test.ChiSquare, 12);
        Assert.Equal(0.00016974243555282643, test.P, 12);
        Assert.Equal(-15 / Math.Sqrt(25 * 0.75), test.Residual(test.Blocks[0]), 12);
        Assert.Equal([18], test.Better().Select(b => b.Start));
    }

    [Fact]
    public void BlocksExpectingTooFewConversionsLeaveTheTest()
    {
        // 4 of 400 spend at night expects 0.9 of 90 conversions: the night leaves; the rest are 30 each on 132 spend, so X² = 0.
        var test = DaypartTest.Of("meta:1", [new(0, 0, 4), new(6, 30, 132), new(12, 30, 132), new(18, 30, 132)], 5);

        Assert.Equal([6, 12, 18], test.Blocks.Select(b => b.Start));
        Assert.Equal(0, test.ChiSquare, 12);
        Assert.Equal(1, test.P, 12);
    }

    [Fact]
    public void ACampaignWithTooFewConversionsInItsHoursIsNotJudgedAndSaysWhy()
    {
        var hours = Enumerable.Range(0, 24).Select(h => new MetricTotals(1000, 0, 20, 10, h % 3 == 0 ? 1 : 0, 0)).ToList();
        var tenant = new TenantEvidence(new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 30),
            [new CampaignEvidence("meta:1", null, hours.Aggregate(MetricTotals.Zero, (sum, h) => sum + h), [], [], [], null, hours)], []);

        var run = new DaypartDetector().Detect(tenant);

        Assert.Empty(run.Findings);
        Assert.StartsWith("Insufficient data to judge its hours", run.Unjudged["meta:1"]);
    }

    /// <summary>
    /// How many conversions a week a campaign needs before an evening (18-24, 35% of its spend) converting twice as well
    /// is found at the detector's threshold: simulated with the planted profile, 400 weeks per level, fixed seed.
    /// </summary>
    [Fact]
    public void AnEveningConvertingTwiceAsWellIsFoundFromAboutAHundredAndFiftyConversionsAWeek()
    {
        var random = new Random(18);
        var power = new Dictionary<int, double>();
        foreach (var weekly in new[] { 25, 50, 100, 150, 200 })
        {
            var found = 0;
            for (var week = 0; week < 400; week++)
            {
                // The campaign's daytime rate set so that it converts `weekly` times a week with no evening lift.
                var hours = PlantedResponses.Hours(random, new MetricTotals(0, 0, 0, 10_000, weekly, 0), evening: true);
                var tenant = new TenantEvidence(new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 30),
                    [new CampaignEvidence("meta:1", null, hours.Aggregate(MetricTotals.Zero, (sum, h) => sum + h), [], [], [], null, hours)], []);
                found += new DaypartDetector().Detect(tenant).Findings.Count;
            }

            power[weekly] = found / 400.0;
            output.WriteLine($"{weekly} conversions a week before the lift: found in {power[weekly]:P1} of weeks");
        }

        Assert.True(power[25] < 0.1, $"power at 25: {power[25]}");
        Assert.True(power[150] > 0.75, $"power at 150: {power[150]}");
        Assert.True(power[200] > 0.9, $"power at 200: {power[200]}");
    }

    [Fact]
    public void OnFlatHoursTheTestRejectsAtItsLevel()
    {
        var random = new Random(19);
        var rejected = Enumerable.Range(0, 20_000).Count(_ =>
            DaypartTest.Of("meta:1", [.. PlantedResponses.Hours(random, new MetricTotals(0, 0, 0, 10_000, 200, 0), evening: false)
                .Chunk(DaypartDetector.BlockHours).Select((b, i) => new DaypartBlock(i * DaypartDetector.BlockHours, b.Sum(h => (double)h.Conversions), b.Sum(h => (double)h.Spend)))], 5).P <= DaypartDetector.FalseDiscoveryRate);

        // 20,000 weeks at level 0.001: 20 expected, standard deviation √(20000 · 0.001 · 0.999) = 4.47; ±3.29 of them (99.9%) is 6-35.
        Assert.InRange(rejected, 6, 35);
    }
}
