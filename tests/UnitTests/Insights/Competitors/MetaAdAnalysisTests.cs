using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Competitors;

namespace GrainMarketing.UnitTests.Insights.Competitors;

public sealed class MetaAdAnalysisTests
{
    [Fact]
    public void TheAdsSlopeIsTheLeastSquaresLineWithItsStandardErrorAndSaysWhoIsRampingUp()
    {
        // x = 0..3, y = 10, 14, 21, 23: Sxy = 23, Sxx = 5, slope 4.6; residuals -0.1, -0.7, 1.7, -0.9 give SSE 4.2, SE sqrt(4.2 / 2 / 5) = 0.6481.
        var periods = Weeks([(10, 100m)], [(14, 100m)], [(21, 100m)], [(23, 100m)]);

        var trend = Assert.Single(MetaAdAnalysis.Trends(periods));

        Assert.Equal((4.6m, 0.6481m, "rampingUp", true), (trend.AdsSlope, trend.SlopeStandardError, trend.Direction, trend.Sure));
    }

    [Fact]
    public void ASlopeUnderATenthOfTheMeanAdsIsSteady()
    {
        // Mean 50 ads: a slope of 3 per period is under the 5-ad line.
        var trend = Assert.Single(MetaAdAnalysis.Trends(Weeks([(47, 0m)], [(50, 0m)], [(53, 0m)])));

        Assert.Equal((3m, "steady"), (trend.AdsSlope, trend.Direction));
    }

    [Fact]
    public void AdsThatDoubleByFiveOrMoreAndSpendWhoseNewLowIsTwiceTheOldHighJump()
    {
        var periods = Weeks([(6, 900m)], [(12, 2000m)], [(20, 3000m)]);

        var jumps = MetaAdAnalysis.AllJumps(periods);

        var ads = Assert.Single(jumps, j => j.Metric == "ads");
        Assert.Equal((6m, 12m, 2m), (ads.Before.Low, ads.After.Low, ads.Ratio));
        var spend = Assert.Single(jumps, j => j.Metric == "spend");
        Assert.Equal((2.2222m, new DateOnly(2026, 11, 9)), (spend.Ratio, spend.To.From));
    }

    [Fact]
    public void SmallOrRangeBoundRisesAndPeriodsOfOtherLengthsDoNotJump()
    {
        // 2 to 5 ads more than doubles but rises by 3; spend 100 to 150 rises by 50; "≤100" to 199 is not yet twice the old high.
        Assert.Empty(MetaAdAnalysis.AllJumps(Weeks([(2, 100m)], [(5, 150m)])));
        Assert.Null(MetaAdAnalysis.SpendRatio(new MetaRange(0m, 100m), MetaRange.Exactly(199m)));
        Assert.Equal(2.5m, MetaAdAnalysis.SpendRatio(new MetaRange(0m, 100m), MetaRange.Exactly(250m)));
        Assert.Null(MetaAdAnalysis.SpendRatio(new MetaRange(500m, null), MetaRange.Exactly(5000m)));

        var week = Period(new DateOnly(2026, 11, 2), 7, (5, 100m));
        var month = Period(new DateOnly(2026, 11, 9), 30, (50, 5000m));
        Assert.Empty(MetaAdAnalysis.AllJumps([week, month]));
    }

    private static List<StoredMetaPeriod> Weeks(params (int Ads, decimal Spend)[][] weeks) =>
        [.. weeks.Select((rows, i) => Period(new DateOnly(2026, 11, 2).AddDays(7 * i), 7, rows))];

    private static StoredMetaPeriod Period(DateOnly from, int days, params (int Ads, decimal Spend)[] rows)
    {
        var period = new DateRange(from, from.AddDays(days - 1));
        var advertisers = rows.Select((r, i) => new MetaAdvertiserRow($"{100 + i}", $"Page {i}", r.Ads, null, [], MetaRange.Exactly(r.Spend), null, null)).ToList();
        return new StoredMetaPeriod(new MetaImportedPeriod(period, "EUR", "DE", advertisers.Count, null, "test", DateTimeOffset.UnixEpoch), advertisers);
    }
}
