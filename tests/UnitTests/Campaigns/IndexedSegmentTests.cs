using GrainMarketing.Campaigns;
using GrainMarketing.Demographics;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class IndexedSegmentTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly SegmentKey Key = new("acme", Dimension.Age, "25-34");

    [Fact]
    public void ADateWindowSumsItsDaysAndTheFreshnessNamesTheLatestDayHeld()
    {
        var segment = new IndexedSegment();
        segment.Add([Delta(Day.AddDays(-1), 10), Delta(Day, 5)], At, Day.AddDays(-90));

        var summary = segment.Summary(Key, QueryWindow.For(new DateRange(Day.AddDays(-1), Day.AddDays(-1))), At, DateOnly.MinValue).Own;

        Assert.Equal((10L, new Freshness(At, Day)), (summary.Totals.Impressions, summary.Freshness));
    }

    [Fact]
    public void AnArrivalWindowSumsWhatArrivedInItsMinutes()
    {
        var segment = new IndexedSegment();
        segment.Add([Delta(Day, 10)], At.AddMinutes(-30), Day.AddDays(-90));
        segment.Add([Delta(Day, 5)], At.AddMinutes(-5), Day.AddDays(-90));

        Assert.Equal(5, segment.Summary(Key, QueryWindow.Recent(TimeSpan.FromMinutes(15)), At, DateOnly.MinValue).Own.Totals.Impressions);
        Assert.Equal(15, segment.Summary(Key, QueryWindow.Recent(TimeSpan.FromHours(1)), At, DateOnly.MinValue).Own.Totals.Impressions);
    }

    [Fact]
    public void TheNewestArrivalIsKeptWhenAnOlderFlushComesLater()
    {
        var segment = new IndexedSegment();
        segment.Add([Delta(Day, 1)], At, Day.AddDays(-90));
        segment.Add([Delta(Day, 1)], At.AddMinutes(-1), Day.AddDays(-90));

        Assert.Equal(At, segment.LastReceivedAt);
    }

    [Fact]
    public void DaysBeforeTheOldestKeptAreForgottenAndLeaveNoLatestDate()
    {
        var segment = new IndexedSegment();
        segment.Add([Delta(Day.AddDays(-5), 10)], At, Day.AddDays(-2));

        Assert.Null(segment.Summary(Key, QueryWindow.For(new DateRange(Day, Day)), At, DateOnly.MinValue).Own.Freshness.LatestDate);
    }

    private static SegmentDelta Delta(DateOnly date, long impressions) => new(date, new MetricTotals(impressions, 0, 0, 0, 0, 0));
}
