using GrainMarketing.Campaigns;
using GrainMarketing.Demographics;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class SegmentListingTests
{
    private static readonly QueryWindow Today = QueryWindow.For(new DateRange(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20)));

    private static readonly SegmentSummary[] Segments =
    [
        Segment(new SegmentKey("acme", Dimension.Age, "25-34"), spend: 5m, value: 20m),
        Segment(new SegmentKey("acme", Dimension.Age, "35-44"), spend: 10m, value: 20m),
        Segment(new SegmentKey("acme", Dimension.Age, "18-24"), spend: 0.5m, value: 50m),
        Segment(new SegmentKey("acme", Dimension.Age, "25-34", "female"), spend: 4m, value: 1m),
        Segment(new SegmentKey("acme", Dimension.Gender, "male"), spend: 9m, value: 9m),
    ];

    [Fact]
    public void RanksOnlyTheAskedDimensionAndLeavesTheCrossOut()
    {
        var ranked = SegmentListing.Rank(Segments, Query(Dimension.Age, cross: false, minSpend: 0));

        Assert.Equal(["18-24", "25-34", "35-44"], ranked.Segments.Select(s => s.Key.Label));
        Assert.Equal(0, ranked.Excluded);
    }

    [Fact]
    public void TheCrossRanksOnlyCrossSegments()
    {
        var ranked = SegmentListing.Rank(Segments, Query(Dimension.Age, cross: true, minSpend: 0));

        Assert.Equal(["25-34|female"], ranked.Segments.Select(s => s.Key.Label));
    }

    [Fact]
    public void SegmentsBelowTheMinimumSpendAreCountedAsExcluded()
    {
        var ranked = SegmentListing.Rank(Segments, Query(Dimension.Age, cross: false, minSpend: 5m));

        Assert.Equal(["25-34", "35-44"], ranked.Segments.Select(s => s.Key.Label));
        Assert.Equal(1, ranked.Excluded);
    }

    private static SegmentRankQuery Query(Dimension dimension, bool cross, decimal minSpend) => new(Today, dimension, cross, "roas", "desc", minSpend);

    private static SegmentSummary Segment(SegmentKey key, decimal spend, decimal value) =>
        new(key, new MetricTotals(100, 0, 1, spend, 1, value), Freshness.Empty);
}
