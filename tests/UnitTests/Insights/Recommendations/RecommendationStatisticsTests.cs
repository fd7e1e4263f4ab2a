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

    private static CostArm Arm(string target, IReadOnlyList<DayTotals> days) =>
        new(target, target, days.Aggregate(MetricTotals.Zero, (sum, d) => sum + d.Totals), days);

    [Fact]
    public void BenjaminiHochbergMatchesTheStepUpByHand()
    {
        var adjusted = BenjaminiHochberg.Adjust([0.01, 0.04, 0.03, 0.005]);

        Assert.Equal([0.02, 0.04, 0.04, 0.02], adjusted.Select(p => Math.Round(p, 12)));
    }

    [Fact]
    public void TheRoasTestIsTheDeltaMethodZAgainstTheSiblingsOverTheMargin()
    {
        // Own: ROAS 1 with day residuals ±10 on spend 100 a day; siblings: ROAS 3 with no residuals. Over 10 days the own
        // error is sqrt(10 × 1000 / 9) / 1000 = 0.10541; H0 ROAS ≥ 3 / 1.5 = 2, z = (1 − 2) / 0.10541, and the CPA is equal.
        var day = new DateOnly(2026, 11, 1);
        var own = Enumerable.Range(0, 10).Select(d => new DayTotals(day.AddDays(d), new MetricTotals(0, 0, 0, 100, 10, d % 2 == 0 ? 110 : 90))).ToList();
        var others = Enumerable.Range(0, 10).Select(d => new DayTotals(day.AddDays(d), new MetricTotals(0, 0, 0, 100, 10, 300))).ToList();
        var arms = new[] { Arm("meta:1", own), Arm("meta:2", others) };

        var test = CostJudge.Test(arms).Single(t => t.Arm.Target == "meta:1");

        var error = Math.Sqrt(10 * 1000 / 9.0) / 1000;
        var roas = test.Roas!;
        Assert.Equal(error, roas.Own.StandardError, 12);
        Assert.Equal(0, roas.Rest.StandardError, 12);
        Assert.Equal(MathNet.Numerics.Distributions.Normal.CDF(0, 1, -1 / error), roas.P, 12);
        Assert.Equal(Math.Min(1, 2 * roas.P), test.P);
        Assert.Equal((false, true), test.JudgedBy(test.P, 0.05));
        Assert.True(test.CpaP > 0.9);
    }

    [Fact]
    public void WithoutConversionValueOnlyTheCostIsTestedAndAThinArmIsNotJudged()
    {
        var day = new DateOnly(2026, 11, 1);
        var cheap = Enumerable.Range(0, 10).Select(d => new DayTotals(day.AddDays(d), new MetricTotals(0, 0, 0, 100, 10, 0))).ToList();
        var thin = new[] { new DayTotals(day, new MetricTotals(0, 0, 0, 20, 0, 0)) };
        var heard = new List<string>();

        var tested = CostJudge.Test([Arm("meta:1", cheap), Arm("meta:2", cheap), Arm("meta:3", thin)], (arm, _) => heard.Add(arm.Target));

        Assert.All(tested, t => Assert.True(t.Roas is null && t.P == t.CpaP));
        Assert.Equal(["meta:3"], heard);
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
