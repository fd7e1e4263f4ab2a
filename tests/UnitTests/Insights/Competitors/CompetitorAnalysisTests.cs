using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Competitors;

namespace GrainMarketing.UnitTests.Insights.Competitors;

public sealed class CompetitorAnalysisTests
{
    [Fact]
    public void TheImpressionShareSlopeIsTheLeastSquaresLineWithItsStandardError()
    {
        // x = 0..3, y = 20, 24, 31, 33: Sxy = 23, Sxx = 5, slope 4.6; residuals -0.1, -0.7, 1.7, -0.9 give SSE 4.2, SE sqrt(4.2 / 2 / 5).
        var periods = Weeks((20m, 30m), (24m, 30m), (31m, 30m), (33m, 30m));

        var trend = CompetitorAnalysis.Trends(periods).Single(t => t.Domain == "rival.com");

        Assert.Equal((4.6m, 0.6481m, "gaining", true), (trend.ImpressionShareSlope, trend.SlopeStandardError, trend.Direction, trend.Sure));
        Assert.Equal(4, trend.Periods.Count);
    }

    [Fact]
    public void TwoPeriodsGiveASlopeWithoutAStandardErrorAndOneGivesNone()
    {
        var two = CompetitorAnalysis.Trends(Weeks((30m, 30m), (29.5m, 30m))).Single(t => t.Domain == "rival.com");
        var one = CompetitorAnalysis.Trends(Weeks((30m, 30m))).Single(t => t.Domain == "rival.com");

        Assert.Equal((-0.5m, (decimal?)null, "steady", false), (two.ImpressionShareSlope, two.SlopeStandardError, two.Direction, two.Sure));
        Assert.Equal(((decimal?)null, "unknown"), (one.ImpressionShareSlope, one.Direction));
    }

    [Fact]
    public void AnOverlapMovePastTheThresholdIsAJumpAndASmallerOneIsNot()
    {
        var periods = Weeks((30m, 30m), (30m, 45m), (30m, 50m));

        var jumps = CompetitorAnalysis.AllJumps(periods, threshold: 10m);

        var jump = Assert.Single(jumps);
        Assert.Equal(("rival.com", "overlapRate", 15m), (jump.Domain, jump.Metric, jump.Points));
        Assert.Equal(periods[1].Imported.Period, jump.To);
    }

    [Theory]
    [InlineData(null, true, 35.0, true, 25.0)]
    [InlineData(null, true, 8.0, true, 0.0)]
    [InlineData(40.0, false, null, true, -30.0)]
    [InlineData(40.0, false, null, false, null)]
    public void UnderTenPercentCountsOnlyTheMoveThatHoldsAnywhereFromZeroToTen(double? before, bool beforeBelowTen, double? after, bool afterKnown, double? points)
    {
        var was = before is null ? (beforeBelowTen ? AuctionShare.UnderTen : AuctionShare.None) : new AuctionShare((decimal)before);
        var now = after is null ? (afterKnown ? AuctionShare.UnderTen : AuctionShare.None) : new AuctionShare((decimal)after);

        Assert.Equal(points is null ? null : (decimal)points, CompetitorAnalysis.Move(was, now));
    }

    private static List<StoredAuctionPeriod> Weeks(params (decimal ImpressionShare, decimal Overlap)[] weeks) =>
        [.. weeks.Select((w, i) =>
        {
            var from = new DateOnly(2026, 10, 5).AddDays(7 * i);
            var period = new DateRange(from, from.AddDays(6));
            var you = new AuctionInsightsRow("You", true, new(55m), AuctionShare.None, AuctionShare.None, new(60m), new(20m), AuctionShare.None);
            var rival = new AuctionInsightsRow("rival.com", false, new(w.ImpressionShare), new(w.Overlap), new(40m), new(60m), new(20m), new(50m));
            return new StoredAuctionPeriod(new ImportedPeriod(period, 2, null, "test", DateTimeOffset.UnixEpoch), [you, rival]);
        })];
}
