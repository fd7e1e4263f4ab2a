using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Metrics;

public sealed class KpisTests
{
    [Fact]
    public void KpisAreRatiosOfSums()
    {
        var kpis = new MetricTotals(Impressions: 10_000, ReachDailySum: 8_000, Clicks: 200, Spend: 50m, Conversions: 10m, ConversionValue: 400m).Kpis;

        Assert.Equal(0.02m, kpis.Ctr);
        Assert.Equal(0.25m, kpis.Cpc);
        Assert.Equal(5m, kpis.Cpm);
        Assert.Equal(5m, kpis.Cpa);
        Assert.Equal(0.05m, kpis.Cvr);
        Assert.Equal(8m, kpis.Roas);
        Assert.Equal(40m, kpis.Aov);
    }

    [Fact]
    public void AKpiWithAZeroDenominatorIsUndefinedNotZero()
    {
        var kpis = new MetricTotals(0, 0, 0, 12m, 0, 0).Kpis;
        Assert.All(new[] { kpis.Ctr, kpis.Cpc, kpis.Cpm, kpis.Cpa, kpis.Cvr, kpis.Aov }, Assert.Null);
        Assert.Equal(0m, kpis.Roas);
    }

    [Fact]
    public void KpisOfASumAreNotTheAverageOfKpis()
    {
        var a = new MetricTotals(1_000, 0, 100, 10m, 0, 0);
        var b = new MetricTotals(9_000, 0, 90, 90m, 0, 0);

        Assert.Equal(0.019m, (a + b).Kpis.Ctr);
        Assert.NotEqual((a.Kpis.Ctr + b.Kpis.Ctr) / 2, (a + b).Kpis.Ctr);
    }

    [Fact]
    public void KpisAreRoundedToSixDecimalPlaces()
    {
        var kpis = new MetricTotals(3_000, 0, 7, 10m, 3m, 100m).Kpis;

        Assert.Equal(0.002333m, kpis.Ctr);
        Assert.Equal(1.428571m, kpis.Cpc);
        Assert.Equal(3.333333m, kpis.Cpm);
        Assert.Equal(33.333333m, kpis.Aov);
    }

    [Theory]
    [InlineData("ROAS", 8)]
    [InlineData("spend", 50)]
    [InlineData("revenue", 400)]
    public void MetricsAreFoundByName(string name, int expected) =>
        Assert.Equal(expected, Kpis.Metric(new MetricTotals(10_000, 0, 200, 50m, 10m, 400m), name));

    [Fact]
    public void AnUnknownMetricNameIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Kpis.Metric(MetricTotals.Zero, "likes"));
}
