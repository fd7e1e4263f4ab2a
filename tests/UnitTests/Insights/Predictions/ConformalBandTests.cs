using GrainMarketing.Insights.Predictions;

namespace GrainMarketing.UnitTests.Insights.Predictions;

public sealed class ConformalBandTests
{
    [Fact]
    public void TheQuantileIsTheCeilingRankOfNPlusOneTimesTheLevel()
    {
        var scores = Enumerable.Range(1, 9).Select(i => (double)i).ToList();

        Assert.Equal(8, ConformalBand.Quantile(scores));
        Assert.Equal(3, ConformalBand.Quantile([1, 2, 3]));
    }

    [Fact]
    public void IntervalsNeverGoBelowZeroAndWidenWithThePrediction()
    {
        var (lower, upper) = ConformalBand.Interval(1, 2);
        var (_, wideUpper) = ConformalBand.Interval(100, 2);

        Assert.Equal(0, lower);
        Assert.Equal(1 + (2 * Math.Sqrt(2)), upper, 9);
        Assert.True(wideUpper - 100 > upper - 1);
    }

    [Fact]
    public void CrossCoverageOfExchangeableResidualsIsNearTheLevel()
    {
        var random = new Random(11);
        var predicted = Enumerable.Range(0, 2_000).Select(_ => 10 + (90 * random.NextDouble())).ToList();
        var actual = predicted.Select(value => value + (Math.Sqrt(value + 1) * ((2 * random.NextDouble()) - 1) * 3)).ToList();

        Assert.InRange(ConformalBand.CrossCoverage(actual, predicted), 0.77, 0.83);
    }
}
