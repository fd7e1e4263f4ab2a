using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;
using static GrainMarketing.UnitTests.Campaigns.TestBatches;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class BreakdownCacheTests
{
    private static readonly DateRange Week = new(Today.AddDays(-6), Today);
    private static readonly Freshness Fresh = new(Now, Today);

    [Fact]
    public void ABreakdownGroupsTheCellsByTheDimensionsValuesAndKeepsUnreportedOnesApart()
    {
        var cells = new CampaignCells();
        cells.Apply(Snapshot(Today, "25-34", 10));
        cells.Apply(Snapshot(Today.AddDays(-1), "25-34", 5));
        cells.Apply(Snapshot(Today, "35-44", 7));
        cells.Apply(new MetricItem(new MetricCell(Today, new Breakdown(Country: "DE")), new MetricTotals(3, 0, 0, 0, 0, 0), MetricKind.Snapshot));

        var answer = new BreakdownCache().Compute(cells, Week, [Dimension.Age], byCreative: false, [], Fresh);

        Assert.Equal([("25-34", 15L), ("35-44", 7L)], answer.Rows.Select(row => (row.Key, row.Totals.Impressions)));
        Assert.Equal(3, answer.Unattributed.Impressions);
    }

    [Fact]
    public void AnAnswerIsFoundAgainOnlyWhileTheCellsStayAtItsVersion()
    {
        var cells = new CampaignCells();
        cells.Apply(Snapshot(Today, "25-34", 10));
        var cache = new BreakdownCache();
        var answer = cache.Compute(cells, Week, [Dimension.Age], byCreative: false, [], Fresh);
        var version = cells.Version;

        cells.Apply(Snapshot(Today, "25-34", 11));

        Assert.Same(answer, cache.Find(Week, [Dimension.Age], byCreative: false, version));
        Assert.Null(cache.Find(Week, [Dimension.Age], byCreative: false, cells.Version));
        Assert.Null(cache.Find(Week, [Dimension.Gender], byCreative: false, version));
        Assert.Null(cache.Find(Week, [Dimension.Age], byCreative: true, version));
    }

    [Fact]
    public void TheCacheStartsAgainEmptyOnceItHoldsItsMaximum()
    {
        var cells = new CampaignCells();
        cells.Apply(Snapshot(Today, "25-34", 10));
        var cache = new BreakdownCache();
        var first = new DateRange(Today, Today);
        cache.Compute(cells, first, [Dimension.Age], byCreative: false, [], Fresh);
        for (var i = 1; i < BreakdownCache.MaxEntries; i++)
        {
            cache.Compute(cells, new DateRange(Today.AddDays(-i), Today), [Dimension.Age], byCreative: false, [], Fresh);
        }

        Assert.NotNull(cache.Find(first, [Dimension.Age], byCreative: false, cells.Version));
        cache.Compute(cells, Week with { From = Today.AddDays(-100) }, [Dimension.Age], byCreative: false, [], Fresh);
        Assert.Null(cache.Find(first, [Dimension.Age], byCreative: false, cells.Version));
    }
}
