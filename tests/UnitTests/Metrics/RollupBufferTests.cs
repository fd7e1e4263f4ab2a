using GrainMarketing.Campaigns;
using GrainMarketing.Demographics;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Metrics;

public sealed class RollupBufferTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ChangesAreSummedPerSliceAndExpandedPerSegmentAndDateSoAFlushSendsOneCallPerSegment()
    {
        var buffer = new RollupBuffer();
        var women = new MetricCell(Day, new Breakdown(Age: "25-34", Gender: "female"));
        buffer.Add(women, new MetricTotals(10, 0, 1, 1m, 0, 0), At);
        buffer.Add(women, new MetricTotals(5, 0, 0, 0.5m, 0, 0), At.AddSeconds(1));
        buffer.Add(new MetricCell(Day, new Breakdown(Country: "DE")), new MetricTotals(1, 0, 0, 0, 0, 0), At);

        var flush = buffer.Drain(7, "acme", AdPlatform.Meta, currency: null);

        Assert.True(buffer.IsEmpty);
        Assert.Equal(7, flush.Sequence);
        Assert.Equal(At.AddSeconds(1), flush.ReceivedAt);
        Assert.Equal(4, flush.Segments.Count);
        var cross = flush.Segments.Single(s => s.Segment == new SegmentKey("acme", Dimension.Age, "25-34", "female"));
        Assert.Equal(new SegmentDelta(Day, new MetricTotals(15, 0, 1, 1.5m, 0, 0)), Assert.Single(cross.Deltas));
        var platform = Assert.Single(flush.Platform);
        Assert.Equal((AdPlatform.Meta, 16L), (platform.Platform, platform.Totals.Impressions));
        Assert.Equal([Dimensions.Age | Dimensions.Gender, Dimensions.Country], platform.Reported.Order());
    }

    [Fact]
    public void DifferentDatesOfOneSliceStaySeparateDays()
    {
        var buffer = new RollupBuffer();
        var men = new Breakdown(Gender: "male");
        buffer.Add(new MetricCell(Day, men), new MetricTotals(3, 0, 0, 0, 0, 0), At);
        buffer.Add(new MetricCell(Day.AddDays(-1), men), new MetricTotals(4, 0, 0, 0, 0, 0), At);

        var flush = buffer.Drain(1, "acme", AdPlatform.Google, currency: null);

        Assert.Equal([(Day.AddDays(-1), 4L), (Day, 3L)], flush.Platform.Select(p => (p.Date, p.Totals.Impressions)).Order());
        var segment = Assert.Single(flush.Segments);
        Assert.Equal(new SegmentKey("acme", Dimension.Gender, "male"), segment.Segment);
        Assert.Equal([(Day.AddDays(-1), 4L), (Day, 3L)], segment.Deltas.Select(d => (d.Date, d.Totals.Impressions)).Order());
    }

    [Fact]
    public void ZeroChangesAreNotBuffered()
    {
        var buffer = new RollupBuffer();
        buffer.Add(new MetricCell(Day, Breakdown.None), MetricTotals.Zero, At);
        Assert.True(buffer.IsEmpty);
    }
}
