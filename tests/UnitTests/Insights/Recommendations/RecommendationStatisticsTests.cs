using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Recommendations;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Insights.Recommendations;

/// <summary>The tests the detectors stand on, against values worked out by hand.</summary>
public sealed class RecommendationStatisticsTests
{
    [Fact]
    public void TheConditionalBinomialTailMatchesTheHandCount()
    {
        // Equal spend, ratio 1: the group's share of 10 conversions is Binomial(10, 0.5); P(X <= 2) = (1 + 10 + 45) / 1024.
        var rates = new Rates(2, 100, 8, 100);

        Assert.Equal(56.0 / 1024, RateComparison.LowerTail(rates, 1), 12);
        Assert.Equal(1 - (56.0 / 1024) + (45.0 / 1024), RateComparison.UpperTail(rates, 1), 12);
    }

    [Fact]
    public void AMarginMovesTheNullShareOfSpend()
    {
        // Ratio 0.5 on equal spend: the null share is 0.5 / 1.5 = 1/3; P(X <= 0 | n = 3) = (2/3)^3.
        Assert.Equal(8.0 / 27, RateComparison.LowerTail(new Rates(0, 100, 3, 100), 0.5), 12);
    }

    [Fact]
    public void BenjaminiHochbergMatchesTheStepUpByHand()
    {
        var adjusted = BenjaminiHochberg.Adjust([0.01, 0.04, 0.03, 0.005]);

        Assert.Equal([0.02, 0.04, 0.04, 0.02], adjusted.Select(p => Math.Round(p, 12)));
    }

    [Fact]
    public void ACtrFallingOnAStraightLineHasThatSlopeAndDecline()
    {
        var start = new DateOnly(2026, 11, 1);
        var days = Enumerable.Range(0, 14)
            .Select(d => new CreativeDay("a1", start.AddDays(d), MetricTotals.Reported(100_000, 100_000 / (2 + d), 2000 - (100 * d), 100, 10, 0)))
            .ToList();

        var trend = CreativeTrend.Of("meta:1", "a1", days, 0.05);

        Assert.Equal(-0.001, trend.Slope, 12);
        Assert.Equal(0.02, trend.FittedStart, 12);
        Assert.Equal(0.65, trend.Decline, 12);
        Assert.True(trend.FrequencySlope > 0);
        Assert.Equal(700_000, trend.WeeklyImpressions, 9);
    }

    [Fact]
    public void TheOutcomeIsTheRateChangeAtTheSpendAfterAgainstTheInterval()
    {
        var applied = new DateOnly(2026, 11, 15);
        var days = Enumerable.Range(-14, 29)
            .Select(d => new DayTotals(applied.AddDays(d), new MetricTotals(0, 0, 0, 100, d < 0 ? 4 : 5, 0)))
            .ToList();
        var expected = new RecommendationImpact("conversions", 5, 3, 8, "test");

        var week = OutcomeMeasurement.Measure(days, applied, applied.AddDays(10), expected, DateTimeOffset.UnixEpoch)!;
        var early = OutcomeMeasurement.Measure(days, applied, applied.AddDays(3), expected, DateTimeOffset.UnixEpoch)!;

        Assert.Equal((14, 10, 0.04, 0.05, 7.0, "asExpected"), (week.DaysBefore, week.DaysAfter, week.RateBefore, week.RateAfter, Math.Round(week.MeasuredWeeklyChange, 9), week.Verdict));
        Assert.Equal("measuring", early.Verdict);
        Assert.Null(OutcomeMeasurement.Measure(days, applied, applied, expected, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void ARaisedBudgetIsMeasuredAsConversionsPerWeekAfterAgainstBefore()
    {
        // 100 a day buying 4 before; 150 a day buying 5 after: the rate falls from 0.04 to 0.0333 but the week gains (5 − 4) × 7 = 7.
        var applied = new DateOnly(2026, 11, 15);
        var days = Enumerable.Range(-14, 29)
            .Select(d => new DayTotals(applied.AddDays(d), new MetricTotals(0, 0, 0, d < 0 ? 100 : 150, d < 0 ? 4 : 5, 0)))
            .ToList();
        var expected = new RecommendationImpact("conversions", 10, 6, 14, "test");

        var week = OutcomeMeasurement.Measure(days, applied, applied.AddDays(10), expected, DateTimeOffset.UnixEpoch, RecommendationKind.ScaleCampaign)!;

        Assert.Equal((7.0, "asExpected"), (Math.Round(week.MeasuredWeeklyChange, 9), week.Verdict));
    }
}
