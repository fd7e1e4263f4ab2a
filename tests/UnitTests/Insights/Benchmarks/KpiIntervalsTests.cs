using GrainMarketing.Insights.Benchmarks;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Insights.Benchmarks;

/// <summary>Reference quantiles computed independently with mpmath (regularised incomplete beta and gamma, bisection to 30 digits).</summary>
public sealed class KpiIntervalsTests
{
    private static readonly MetricTotals Totals = new(Impressions: 10_000, ReachDailySum: 0, Clicks: 300, Spend: 600m, Conversions: 12m, ConversionValue: 0m);

    [Theory]
    [InlineData("ctr", 0.0267913000979, 0.0334806818403)]
    [InlineData("cpa", 29.5228595736, 91.4653664651)]
    public void IntervalsMatchTheJeffreysAndGammaPoissonQuantiles(string metric, double low, double high)
    {
        var interval = KpiIntervals.For(metric, Totals)!;

        Assert.Equal(low, (double)interval.Low, 6);
        Assert.Equal(high, (double)interval.High, 6);
    }

    [Fact]
    public void ConversionRateAndCostPerClickMatchTheirReferences()
    {
        var totals = Totals with { Clicks = 400 };

        var cvr = KpiIntervals.For("cvr", totals)!;
        var cpc = KpiIntervals.For("cpc", totals)!;

        Assert.Equal((0.016502, 0.050248), ((double)cvr.Low, (double)cvr.High));
        Assert.Equal((1.361587, 1.656398), ((double)cpc.Low, (double)cpc.High));
    }

    [Fact]
    public void NoConversionsIsNoCostPerConversionInterval() =>
        Assert.Null(KpiIntervals.For("cpa", Totals with { Conversions = 0m }));
}
