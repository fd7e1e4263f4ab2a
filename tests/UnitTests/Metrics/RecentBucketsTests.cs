using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Metrics;

public sealed class RecentBucketsTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 30, TimeSpan.Zero);

    [Fact]
    public void MinuteWindowsSumWholeMinutesIncludingTheCurrentOne()
    {
        var buckets = new RecentBuckets();
        buckets.Add(Noon.AddMinutes(-15), Impressions(1));
        buckets.Add(Noon.AddMinutes(-14), Impressions(10));
        buckets.Add(Noon, Impressions(100));

        Assert.Equal(110, buckets.Sum(Noon, 15).Impressions);
        Assert.Equal(111, buckets.Sum(Noon, 16).Impressions);
        Assert.Equal(100, buckets.Sum(Noon, 1).Impressions);
    }

    [Fact]
    public void WindowsLongerThanTwoHoursUseHourBucketsForSevenDays()
    {
        var buckets = new RecentBuckets();
        buckets.Add(Noon.AddHours(-23), Impressions(5));
        buckets.Add(Noon.AddHours(-30), Impressions(7));
        buckets.Add(Noon.AddDays(-8), Impressions(1_000));

        Assert.Equal(5, buckets.Sum(Noon, 24 * 60).Impressions);
        Assert.Equal(12, buckets.Sum(Noon, 7 * 24 * 60).Impressions);
    }

    [Fact]
    public void ABucketReusedAfterTheRingWrapsForgetsItsOldMinute()
    {
        var buckets = new RecentBuckets();
        buckets.Add(Noon.AddMinutes(-RecentBuckets.Minutes), Impressions(9));
        buckets.Add(Noon, Impressions(1));

        Assert.Equal(1, buckets.Sum(Noon, RecentBuckets.Minutes).Impressions);
        Assert.Equal(1, buckets.Series(Noon, 3).Sum(b => b.Totals.Impressions));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), buckets.Series(Noon, 3).Last().Start);
    }

    private static MetricTotals Impressions(long count) => new(count, 0, 0, 0, 0, 0);
}
