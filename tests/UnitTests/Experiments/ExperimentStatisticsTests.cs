using GrainMarketing.Campaigns;
using GrainMarketing.Experiments;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Experiments;

/// <summary>The building blocks against values computed independently with mpmath (Wilson's bounds; P(B > A) by numeric integration of the Beta densities).</summary>
public sealed class ExperimentStatisticsTests
{
    [Fact]
    public void WilsonsIntervalForTenOfAHundredMatchesTheReference()
    {
        var (low, high) = ProportionStatistics.Wilson(10, 100, 0.05);

        Assert.Equal(0.0552291370606750851, low, 12);
        Assert.Equal(0.1743656615049134626, high, 12);
    }

    [Fact]
    public void TheProbabilityThatTwentyOfAHundredBeatsTenOfAHundredMatchesTheIntegral()
    {
        var best = ProbabilityBest.Estimate([new VariantTally(100, 10, 0, 0), new VariantTally(100, 20, 0, 0)], proportion: true, lowerIsBetter: false);

        Assert.Equal(0.975173033152874613, best[1]!.Value, 2);
        Assert.Equal(1, best[0]!.Value + best[1]!.Value, 12);
    }

    [Fact]
    public void ForCostPerConversionTheLowerVariantIsBest()
    {
        var cheap = Enumerable.Range(0, 20).Aggregate(default(VariantTally), (t, i) => t.Add(false, 10 + (i % 3)));
        var dear = Enumerable.Range(0, 20).Aggregate(default(VariantTally), (t, i) => t.Add(false, 20 + (i % 3)));

        var best = ProbabilityBest.Estimate([dear, cheap], proportion: false, lowerIsBetter: true);

        Assert.Equal([0.0, 1.0], best.Select(p => p!.Value));
    }

    [Fact]
    public void VariantsWhoseMeansTieWithoutVarianceShareTheProbabilityEqually()
    {
        var flat = Enumerable.Range(0, 10).Aggregate(default(VariantTally), (t, _) => t.Add(false, 5));

        var best = ProbabilityBest.Estimate([flat, flat, flat], proportion: false, lowerIsBetter: false);

        Assert.All(best, p => Assert.Equal(1.0 / 3, p!.Value, 12));
    }

    [Fact]
    public void AVariantWithoutDataGivesNoProbabilities()
    {
        Assert.All(ProbabilityBest.Estimate([new VariantTally(100, 10, 0, 0), default], proportion: true, lowerIsBetter: false), p => Assert.Null(p));
    }

    [Fact]
    public void CampaignDaysBecomeRatesOverTheSumsAndOneDailyValueForRatios()
    {
        DayTotals[] days =
        [
            new(new DateOnly(2026, 1, 1), new MetricTotals(1000, 0, 50, 100m, 4m, 300m)),
            new(new DateOnly(2026, 1, 2), new MetricTotals(3000, 0, 70, 60m, 0m, 0m)),
        ];

        Assert.Equal(new VariantTally(4000, 120, 0, 0), CampaignTallies.From(ExperimentMetric.Ctr, days));
        Assert.Equal(new VariantTally(120, 4, 0, 0), CampaignTallies.From(ExperimentMetric.Cvr, days));
        Assert.Equal(new VariantTally(1, 0, 25m, 625m), CampaignTallies.From(ExperimentMetric.Cpa, days));
        Assert.Equal(new VariantTally(2, 0, 3m, 9m), CampaignTallies.From(ExperimentMetric.Roas, days));
    }
}
