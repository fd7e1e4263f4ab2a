using GrainMarketing.Insights.Benchmarks;

namespace GrainMarketing.UnitTests.Insights.Benchmarks;

public sealed class BenchmarkStandingsTests
{
    private static readonly BenchmarkSource Source = new("s", "Quartiles", "https://example.org/q", "2025-01-01");

    private static readonly BenchmarkFigure[] Quartiles =
    [
        new("percentile", 25, 1.00m, Source),
        new("median", 50, 2.00m, Source),
        new("percentile", 75, 4.00m, Source),
    ];

    [Theory]
    [InlineData(3.00, "p50-p75", 62.5)]
    [InlineData(1.50, "p25-p50", 37.5)]
    [InlineData(2.00, "p25-p50", 50.0)]
    [InlineData(1.00, "p25-p50", 25.0)]
    [InlineData(4.00, "p50-p75", 75.0)]
    public void BetweenPublishedPercentilesThePercentileIsInterpolatedLinearly(double value, string band, double percentile)
    {
        var (found, interpolated) = BenchmarkStandings.Band((decimal)value, Quartiles);

        Assert.Equal(band, found);
        Assert.Equal(percentile, interpolated!.Value, 9);
    }

    [Theory]
    [InlineData(0.50, "below p25")]
    [InlineData(5.00, "above p75")]
    public void OutsideThePublishedPercentilesOnlyTheSideIsGiven(double value, string band)
    {
        var (found, percentile) = BenchmarkStandings.Band((decimal)value, Quartiles);

        Assert.Equal((band, (double?)null), (found, percentile));
    }

    [Fact]
    public void AgainstAMedianACostBelowItIsBetterAndSureWhenTheWholeIntervalIsBelow()
    {
        var standing = BenchmarkStandings.Stand(1.50m, new KpiInterval(1.40m, 1.60m), lowerIsBetter: true, Quartiles)!;

        Assert.Equal(("below", "median", 2.00m, true, true), (standing.Position, standing.Against, standing.Reference, standing.Better, standing.Sure));
        Assert.Equal(("p25-p50", 37.5), (standing.Band, standing.Percentile!.Value));
    }

    [Fact]
    public void AnIntervalAcrossTheReferenceIsNotSure()
    {
        var standing = BenchmarkStandings.Stand(2.10m, new KpiInterval(1.90m, 2.30m), lowerIsBetter: false, Quartiles)!;

        Assert.Equal(("above", true, false), (standing.Position, standing.Better, standing.Sure));
    }

    [Fact]
    public void WithOnlyAnAverageThePositionIsAgainstItAndThereIsNoBand()
    {
        var average = new BenchmarkFigure("average", null, 0.0642m, Source);

        var standing = BenchmarkStandings.Stand(0.05m, null, lowerIsBetter: false, [average])!;

        Assert.Equal(("below", "average", false, false, null, null), (standing.Position, standing.Against, standing.Better, standing.Sure, standing.Band, standing.Percentile));
    }

    [Fact]
    public void WithOnlyAMedianThereIsAPositionButNoBand()
    {
        var median = new BenchmarkFigure("median", 50, 3.53m, Source);

        var standing = BenchmarkStandings.Stand(3.53m, null, lowerIsBetter: true, [median])!;

        Assert.Equal(("equal", "median", false, null), (standing.Position, standing.Against, standing.Better, standing.Band));
    }

    [Fact]
    public void NoFiguresIsNoStanding() => Assert.Null(BenchmarkStandings.Stand(1m, null, lowerIsBetter: true, []));
}
