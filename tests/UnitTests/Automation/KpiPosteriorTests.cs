using GrainMarketing.Automation;

namespace GrainMarketing.UnitTests.Automation;

public sealed class KpiPosteriorTests
{
    private static readonly KpiMetric[] Metrics = Enum.GetValues<KpiMetric>();

    [Fact]
    public void OneConversionCannotMakeACpaAboveTheThresholdConfident()
    {
        var counts = new MetricCounts(0, 0, 1, 60m, 0);

        Assert.True(KpiPosterior.ProbabilityAbove(KpiMetric.Cpa, counts, 40) < 0.95);
        Assert.False(KpiPosterior.Holds(KpiMetric.Cpa, counts, RuleComparator.GreaterThan, 40, 0.95));
    }

    [Fact]
    public void AHundredConversionsAtTheSameCpaMakeItConfident()
    {
        var counts = new MetricCounts(0, 0, 100, 6000m, 0);

        Assert.True(KpiPosterior.ProbabilityAbove(KpiMetric.Cpa, counts, 40) > 0.99);
        Assert.True(KpiPosterior.Holds(KpiMetric.Cpa, counts, RuleComparator.GreaterThan, 40, 0.99));
    }

    [Fact]
    public void LargeSpendWithoutConversionsMakesAHighCpaNearlyCertain() =>
        Assert.True(KpiPosterior.ProbabilityAbove(KpiMetric.Cpa, new MetricCounts(0, 0, 0, 6000m, 0), 40) > 0.999999);

    [Fact]
    public void TinySpendWithoutConversionsSaysLittleAboutTheCpa() =>
        Assert.InRange(KpiPosterior.ProbabilityAbove(KpiMetric.Cpa, new MetricCounts(0, 0, 0, 10m, 0), 40), 0.2, 0.25);

    [Theory]
    [InlineData(115, false)]
    [InlineData(125, true)]
    public void PausingOnCpaWithoutAConversionTakesAboutThreeTimesTheThresholdInSpend(int spend, bool holds) =>
        Assert.Equal(holds, KpiPosterior.Holds(KpiMetric.Cpa, new MetricCounts(0, 0, 0, spend, 0), RuleComparator.GreaterThan, 40, 0.95));

    [Theory]
    [InlineData(290, false)]
    [InlineData(310, true)]
    public void PausingOnCtrWithoutAClickTakesAboutThreeExpectedClicks(long impressions, bool holds) =>
        Assert.Equal(holds, KpiPosterior.Holds(KpiMetric.Ctr, new MetricCounts(impressions, 0, 0, 0, 0), RuleComparator.LessThan, 0.01, 0.95));

    [Theory]
    [InlineData(1)]
    [InlineData(1_000_000)]
    public void RoasWithoutConversionsIsUndeterminedWhateverTheSpend(int spend)
    {
        var counts = new MetricCounts(0, 0, 0, spend, 0);

        Assert.Equal(KpiPosterior.Undetermined, KpiPosterior.ProbabilityAbove(KpiMetric.Roas, counts, 2));
        Assert.Equal(KpiPosterior.Undetermined, KpiPosterior.ProbabilityBelow(KpiMetric.Roas, counts, 2));
        Assert.False(KpiPosterior.Holds(KpiMetric.Roas, counts, RuleComparator.LessThan, 2, 0.95));
        Assert.False(KpiPosterior.Holds(KpiMetric.Roas, counts, RuleComparator.GreaterThan, 2, 0.95));
    }

    [Fact]
    public void ConversionsWorthNothingMakeRoasSurelyZero()
    {
        var counts = new MetricCounts(0, 0, 3, 10m, 0);

        Assert.Equal(0, KpiPosterior.ProbabilityAbove(KpiMetric.Roas, counts, 0.01));
        Assert.True(KpiPosterior.Holds(KpiMetric.Roas, counts, RuleComparator.LessThan, 0.01, 0.99));
    }

    [Fact]
    public void AWindowWithoutEvidenceAnswersWithThePrior()
    {
        var none = new MetricCounts(0, 0, 0, 0, 0);

        Assert.Equal(0.7, KpiPosterior.ProbabilityAbove(KpiMetric.Ctr, none, 0.3), 1e-12);
        Assert.Equal(0.7, KpiPosterior.ProbabilityAbove(KpiMetric.Cvr, none, 0.3), 1e-12);
        Assert.Equal(-double.ExpM1(-1e-6 / 40), KpiPosterior.ProbabilityAbove(KpiMetric.Cpa, none, 40), 1e-15);
        Assert.Equal(-double.ExpM1(-1e-6 / 2), KpiPosterior.ProbabilityAbove(KpiMetric.Cpc, none, 2), 1e-15);
    }

    [Fact]
    public void NegativeCountsWeighAsNothing()
    {
        var negative = new MetricCounts(-10, -3, -2m, -50m, -80m);
        var none = new MetricCounts(0, 0, 0, 0, 0);

        Assert.All(Metrics, m => Assert.Equal(
            KpiPosterior.ProbabilityAbove(m, none, 0.2),
            KpiPosterior.ProbabilityAbove(m, negative, 0.2)));
    }

    [Fact]
    public void SuccessesBeyondTheTrialsAreCappedAtTheTrials()
    {
        Assert.Equal(
            KpiPosterior.ProbabilityAbove(KpiMetric.Ctr, new MetricCounts(50, 50, 0, 0, 0), 0.9),
            KpiPosterior.ProbabilityAbove(KpiMetric.Ctr, new MetricCounts(50, 80, 0, 0, 0), 0.9));
        Assert.Equal(
            KpiPosterior.ProbabilityAbove(KpiMetric.Cvr, new MetricCounts(0, 20, 20, 0, 0), 0.9),
            KpiPosterior.ProbabilityAbove(KpiMetric.Cvr, new MetricCounts(0, 20, 35, 0, 0), 0.9));
    }

    [Theory]
    [InlineData(KpiMetric.Ctr)]
    [InlineData(KpiMetric.Cvr)]
    [InlineData(KpiMetric.Cpa)]
    [InlineData(KpiMetric.Cpc)]
    [InlineData(KpiMetric.Roas)]
    public void ProbabilityAboveFallsAsTheThresholdRises(KpiMetric metric)
    {
        var counts = new MetricCounts(20_000, 400, 12, 300m, 900m);
        var thresholds = Enumerable.Range(0, 400).Select(i => Math.Pow(10, -4 + i / 50.0)).ToArray();
        var above = thresholds.Select(t => KpiPosterior.ProbabilityAbove(metric, counts, t)).ToArray();

        Assert.All(above.Zip(above.Skip(1)), pair => Assert.True(pair.Second <= pair.First, $"{pair.Second} > {pair.First}"));
        Assert.True(above[0] > 0.99);
        Assert.True(above[^1] < 0.01);
    }

    [Fact]
    public void ThresholdsOutsideTheKpisRangeAreSettled()
    {
        var counts = new MetricCounts(1000, 30, 4, 90m, 200m);

        Assert.All(Metrics, m =>
        {
            Assert.Equal(1, KpiPosterior.ProbabilityAbove(m, counts, -1));
            Assert.Equal(1, KpiPosterior.ProbabilityAbove(m, counts, double.NegativeInfinity));
            Assert.Equal(0, KpiPosterior.ProbabilityAbove(m, counts, double.PositiveInfinity));
            Assert.Equal(1, KpiPosterior.ProbabilityBelow(m, counts, double.PositiveInfinity));
        });
        Assert.Equal(0, KpiPosterior.ProbabilityAbove(KpiMetric.Ctr, counts, 1));
        Assert.Equal(0, KpiPosterior.ProbabilityAbove(KpiMetric.Cvr, counts, 1.5));
        Assert.Equal(1, KpiPosterior.ProbabilityAbove(KpiMetric.Cpa, counts, 0));
        Assert.Equal(1, KpiPosterior.ProbabilityAbove(KpiMetric.Cpc, counts, double.Epsilon));
    }

    [Fact]
    public void NothingIsAboveOrBelowANaNThreshold()
    {
        var counts = new MetricCounts(1000, 30, 4, 90m, 200m);

        Assert.All(Metrics, m =>
        {
            Assert.Equal(0, KpiPosterior.ProbabilityAbove(m, counts, double.NaN));
            Assert.Equal(0, KpiPosterior.ProbabilityBelow(m, counts, double.NaN));
            Assert.All(Enum.GetValues<RuleComparator>(), c => Assert.False(KpiPosterior.Holds(m, counts, c, double.NaN, 0.95)));
        });
    }

    [Fact]
    public void StrictAndNonStrictComparatorsAgreeAndOppositesUseTheOtherTail()
    {
        var counts = new MetricCounts(0, 0, 100, 6000m, 0);

        Assert.True(KpiPosterior.Holds(KpiMetric.Cpa, counts, RuleComparator.GreaterOrEqual, 40, 0.99));
        Assert.False(KpiPosterior.Holds(KpiMetric.Cpa, counts, RuleComparator.LessThan, 40, 0.99));
        Assert.False(KpiPosterior.Holds(KpiMetric.Cpa, counts, RuleComparator.LessOrEqual, 40, 0.99));
        Assert.True(KpiPosterior.Holds(KpiMetric.Cpa, counts, RuleComparator.LessOrEqual, 90, 0.99));
        Assert.True(KpiPosterior.Holds(KpiMetric.Cpa, counts, RuleComparator.LessThan, 90, 0.99));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void AConfidenceOutsideHalfToOneNeverHolds(double confidence)
    {
        var certain = new MetricCounts(0, 0, 0, 1_000_000m, 0);

        Assert.Equal(1, KpiPosterior.ProbabilityAbove(KpiMetric.Cpa, certain, 40));
        Assert.False(KpiPosterior.Holds(KpiMetric.Cpa, certain, RuleComparator.GreaterThan, 40, confidence));
    }

    [Fact]
    public void HugeCountsKeepThePosteriorCentredOnTheObservedKpi()
    {
        var counts = new MetricCounts(100_000_000_000_000, 1_000_000_000_000, 100_000_000_000_000m, 250_000_000_000_000m, 0);

        Assert.InRange(KpiPosterior.ProbabilityAbove(KpiMetric.Ctr, counts, 0.01), 0.45, 0.55);
        Assert.True(KpiPosterior.ProbabilityAbove(KpiMetric.Ctr, counts, 0.0099) > 0.999999);
        Assert.InRange(KpiPosterior.ProbabilityAbove(KpiMetric.Cpa, counts, 2.5), 0.45, 0.55);
        Assert.True(KpiPosterior.ProbabilityAbove(KpiMetric.Cpa, counts, 2.51) < 1e-6);
        Assert.InRange(KpiPosterior.ProbabilityAbove(KpiMetric.Ctr, new MetricCounts(long.MaxValue, long.MaxValue / 2, 0, 0, 0), 0.5), 0.45, 0.55);
    }

    [Fact]
    public void EveryProbabilityOverAGridOfCountsIsFiniteAndWithinZeroAndOne()
    {
        long[] whole = [-5, 0, 1, 7, 1_000, 1_000_000_000, long.MaxValue];
        decimal[] money = [-5m, 0m, 0.3m, 7m, 1_000m, 1_000_000_000m, decimal.MaxValue];
        double[] thresholds =
            [double.NegativeInfinity, -1, 0, double.Epsilon, 1e-9, 0.01, 0.5, 1, 40, 1e6, 1e300, double.PositiveInfinity];

        var counts =
            from impressions in whole
            from clicks in whole
            from conversions in money
            from spend in money
            from value in new[] { 0m, 50m, decimal.MaxValue }
            select new MetricCounts(impressions, clicks, conversions, spend, value);

        foreach (var c in counts)
        {
            foreach (var metric in Metrics)
            {
                foreach (var t in thresholds)
                {
                    var above = KpiPosterior.ProbabilityAbove(metric, c, t);
                    var below = KpiPosterior.ProbabilityBelow(metric, c, t);
                    Assert.True(above is >= 0 and <= 1, $"{metric} {c} {t}: above {above}");
                    Assert.True(below is >= 0 and <= 1, $"{metric} {c} {t}: below {below}");
                    Assert.Equal(1, above + below, 1e-12);
                }
            }
        }
    }
}
