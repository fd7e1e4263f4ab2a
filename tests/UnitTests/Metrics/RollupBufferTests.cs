using GrainMarketing.Campaigns;
using GrainMarketing.Demographics;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Metrics;

public sealed class RollupBufferTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ChangesAreSummedPerSegmentAndDateSoAFlushSendsOneCallPerSegment()
    {
        var buffer = new RollupBuffer();
        var women = new MetricCell(Day, new Breakdown(Age: "25-34", Gender: "female"));
        buffer.Add("acme", women, new MetricTotals(10, 0, 1, 1m, 0, 0), At);
        buffer.Add("acme", women, new MetricTotals(5, 0, 0, 0.5m, 0, 0), At.AddSeconds(1));
        buffer.Add("acme", new MetricCell(Day, new Breakdown(Country: "DE")), new MetricTotals(1, 0, 0, 0, 0, 0), At);

        var flush = buffer.Drain(7, AdPlatform.Meta);

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
    public void ZeroChangesAreNotBuffered()
    {
        var buffer = new RollupBuffer();
        buffer.Add("acme", new MetricCell(Day, Breakdown.None), MetricTotals.Zero, At);
        Assert.True(buffer.IsEmpty);
    }
}
