using System.Globalization;
using GrainMarketing.Dashboard.Insights;
using MudBlazor;

namespace GrainMarketing.DashboardTests.Insights;

public sealed class BenchmarkWordsTests
{
    [Theory]
    [InlineData("ctr", 0.05)]
    [InlineData("cvr", 0.0642)]
    public void RatesReadAsPercentages(string metric, double value) =>
        Assert.Equal(value.ToString("P2", CultureInfo.InvariantCulture), BenchmarkWords.Value(metric, value, "USD"));

    [Theory]
    [InlineData("cpc", 2.0, "2.00 USD")]
    [InlineData("cpa", null, "—")]
    public void CostsReadAsMoney(string metric, double? value, string expected) =>
        Assert.Equal(expected, BenchmarkWords.Value(metric, value, "USD"));

    [Theory]
    [InlineData("below", "average", true, "Below the average")]
    [InlineData("above", "median", false, "Above the median (within noise)")]
    [InlineData("equal", "median", false, "At the median")]
    public void AStandingSaysWhichSideAndWhetherItIsNoise(string position, string against, bool sure, string expected) =>
        Assert.Equal(expected, BenchmarkWords.Standing(position, against, sure));

    [Fact]
    public void OnlyASureStandingIsColoured()
    {
        Assert.Equal(Color.Success, BenchmarkWords.ColorOf(better: true, sure: true));
        Assert.Equal(Color.Error, BenchmarkWords.ColorOf(better: false, sure: true));
        Assert.Equal(Color.Default, BenchmarkWords.ColorOf(better: false, sure: false));
    }

    [Theory]
    [InlineData("p50-p75", 62.5, "between p50 and p75 (about p62)")]
    [InlineData("below p25", null, "below p25")]
    [InlineData(null, null, "")]
    public void ABandReadsAsWords(string? band, double? percentile, string expected) =>
        Assert.Equal(expected, BenchmarkWords.Band(band, percentile));

    [Fact]
    public void AFigureNamesItsStatistic()
    {
        Assert.Equal("median 3.53 USD", BenchmarkWords.Figure("median", 50, "cpc", 3.53, "USD"));
        Assert.Equal($"p25 {0.01.ToString("P2", CultureInfo.InvariantCulture)}", BenchmarkWords.Figure("percentile", 25, "ctr", 0.01, "USD"));
        Assert.Equal($"95% interval {0.0268.ToString("P2", CultureInfo.InvariantCulture)} – {0.0335.ToString("P2", CultureInfo.InvariantCulture)}",
            BenchmarkWords.Interval("ctr", 0.0268, 0.0335, "USD"));
    }
}
