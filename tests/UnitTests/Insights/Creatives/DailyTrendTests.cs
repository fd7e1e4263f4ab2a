using GrainMarketing.Insights.Creatives;

namespace GrainMarketing.UnitTests.Insights.Creatives;

public sealed class DailyTrendTests
{
    [Fact]
    public void TheSlopeAndItsIntervalMatchAWeightedLeastSquaresReference()
    {
        // Reference from a separate weighted least-squares computation, t(0.975, 3) = 3.182446305284263.
        var trend = DailyTrend.Fit([(0, 1000, 21), (1, 2000, 37), (2, 1500, 28), (3, 1000, 16), (4, 500, 8)])!;

        Assert.Equal(-0.00124, trend.SlopePerDay, 1e-12);
        Assert.Equal(-0.0022832730148099676, trend.Low, 1e-9);
        Assert.Equal(-0.00019672698519003235, trend.High, 1e-9);
        Assert.Equal(5, trend.Days);
    }

    [Fact]
    public void DaysWithoutADenominatorAreLeftOutAndTooFewDaysGiveNoTrend()
    {
        Assert.Null(DailyTrend.Fit([(0, 1000, 21), (1, 0, 0), (2, 1500, 28)]));
    }
}
