using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Metrics;

public sealed class CampaignCellsTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);
    private static readonly MetricCell Women = new(Day, new Breakdown(Age: "25-34", Gender: "female"), "adset-1", "ad-1");
    private static readonly MetricCell Men = new(Day, new Breakdown(Age: "25-34", Gender: "male"), "adset-1", "ad-2");

    [Fact]
    public void ASnapshotReplacesTheCellAndYieldsOnlyTheDifference()
    {
        var cells = new CampaignCells();
        Assert.Equal(Totals(100, 10, 5m), cells.Apply(Snapshot(Women, Totals(100, 10, 5m))));

        var change = cells.Apply(Snapshot(Women, Totals(150, 12, 4.5m)));

        Assert.Equal(Totals(50, 2, -0.5m), change);
        Assert.Equal(Totals(150, 12, 4.5m), cells.Totals(Day, Day));
    }

    [Fact]
    public void RepeatingASnapshotChangesNothing()
    {
        var cells = new CampaignCells();
        cells.Apply(Snapshot(Women, Totals(100, 10, 5m)));

        Assert.True(cells.Apply(Snapshot(Women, Totals(100, 10, 5m))).IsZero);
        Assert.Equal(Totals(100, 10, 5m), cells.Totals(Day, Day));
    }

    [Fact]
    public void ADeltaCountsOncePerEventId()
    {
        var cells = new CampaignCells();
        cells.Apply(new MetricItem(Women, Totals(0, 1, 0.25m), MetricKind.Delta, "click-1"));
        cells.Apply(new MetricItem(Women, Totals(0, 1, 0.25m), MetricKind.Delta, "click-1"));
        cells.Apply(new MetricItem(Women, Totals(0, 1, 0.25m), MetricKind.Delta, "click-2"));

        Assert.Equal(Totals(0, 2, 0.5m), cells.Totals(Day, Day));
    }

    [Fact]
    public void TotalsSumOnlyTheDaysInRange()
    {
        var cells = new CampaignCells();
        cells.Apply(Snapshot(Women, Totals(100, 1, 1m)));
        cells.Apply(Snapshot(Women with { Date = Day.AddDays(1) }, Totals(200, 2, 2m)));
        cells.Apply(Snapshot(Women with { Date = Day.AddDays(5) }, Totals(400, 4, 4m)));

        Assert.Equal(Totals(300, 3, 3m), cells.Totals(Day, Day.AddDays(4)));
        Assert.Equal(Day.AddDays(5), cells.LatestDate);
        Assert.Equal([Day, Day.AddDays(1)], cells.Days(Day, Day.AddDays(1)).Select(d => d.Key));
    }

    [Fact]
    public void GroupingAddsOlderCellsAndPutsCellsWithoutTheDimensionUnderUnattributed()
    {
        var cells = new CampaignCells();
        cells.Apply(Snapshot(Women, Totals(100, 10, 5m)));
        cells.Apply(Snapshot(Men, Totals(50, 5, 2m)));
        cells.Apply(Snapshot(new MetricCell(Day, Breakdown.None), Totals(7, 1, 1m)));

        var groups = cells.GroupBy(Day, Day, cell => cell.Breakdown.Gender, [new(Men, Totals(1, 0, 0m))], out var unattributed);

        Assert.Equal(Totals(100, 10, 5m), groups["female"]);
        Assert.Equal(Totals(51, 5, 2m), groups["male"]);
        Assert.Equal(Totals(7, 1, 1m), unattributed);
    }

    [Fact]
    public void BreakdownGroupingSumsCreativesPerSliceAndStaysInStepWithLaterChanges()
    {
        var cells = new CampaignCells();
        cells.Apply(Snapshot(Women, Totals(100, 10, 5m)));
        cells.Apply(Snapshot(Women with { AdId = "ad-2" }, Totals(30, 3, 1m)));
        cells.Apply(Snapshot(Men, Totals(50, 5, 2m)));
        cells.Apply(Snapshot(new MetricCell(Day, new Breakdown(Country: "DE")), Totals(7, 1, 1m)));
        string? ByGender(Breakdown breakdown) => breakdown.Gender;

        var first = cells.GroupByBreakdown(Day, Day, ByGender, [], out var unattributed);
        Assert.Equal(Totals(130, 13, 6m), first["female"]);
        Assert.Equal(Totals(7, 1, 1m), unattributed);

        cells.Apply(Snapshot(Women, Totals(90, 10, 5m)));
        cells.Apply(Snapshot(Men with { Date = Day.AddDays(1) }, Totals(1, 0, 0m)));
        var again = cells.GroupByBreakdown(Day, Day, ByGender, [new(Men with { AdId = "ad-9" }, Totals(4, 0, 0m))], out _);

        Assert.Equal(Totals(120, 13, 6m), again["female"]);
        Assert.Equal(Totals(54, 5, 2m), again["male"]);
        cells.MarkSaved(cells.UnsavedDays(Day.AddDays(1)));
        cells.Prune(Day.AddDays(1));
        Assert.Empty(cells.GroupByBreakdown(Day, Day, ByGender, [], out _));
    }

    [Fact]
    public void PruneDropsSavedDaysBeforeTheCutoffAndTheirEventIds()
    {
        var cells = new CampaignCells();
        cells.Apply(new MetricItem(Women, Totals(0, 1, 0m), MetricKind.Delta, "e"));
        cells.Apply(Snapshot(Women with { Date = Day.AddDays(1) }, Totals(1, 0, 0m)));
        cells.MarkSaved(cells.UnsavedDays(Day.AddDays(2)));

        cells.Prune(Day.AddDays(1));

        Assert.Equal(1, cells.CellCount);
        Assert.True(cells.Totals(Day, Day).IsZero);
        cells.Apply(new MetricItem(Women, Totals(0, 1, 0m), MetricKind.Delta, "e"));
        Assert.Equal(1, cells.Totals(Day, Day).Clicks);
    }

    [Fact]
    public void PruneKeepsADayUntilHistoryHoldsItsLatestCells()
    {
        var cells = new CampaignCells();
        cells.Apply(Snapshot(Women, Totals(10, 1, 1m)));
        cells.Apply(Snapshot(Women with { Date = Day.AddDays(1) }, Totals(20, 2, 2m)));

        var unsaved = cells.UnsavedDays(Day.AddDays(1));
        Assert.Equal([Day], unsaved);
        Assert.Equal([new KeyValuePair<MetricCell, MetricTotals>(Women, Totals(10, 1, 1m))], cells.CellsOn(unsaved));
        cells.Prune(Day.AddDays(1));
        Assert.True(cells.HasDay(Day));

        cells.MarkSaved(unsaved);
        cells.Prune(Day.AddDays(1));
        Assert.False(cells.HasDay(Day));
        Assert.Empty(cells.UnsavedDays(Day.AddDays(1)));
    }

    [Fact]
    public void ARestoredDayTakesALateRestatementAsTheDifferenceOnly()
    {
        var cells = new CampaignCells();
        cells.Restore(Day, [new(Women, Totals(100, 10, 5m)), new(Men, Totals(50, 5, 2m))]);

        var change = cells.Apply(Snapshot(Women, Totals(120, 10, 5m)));

        Assert.Equal(Totals(20, 0, 0m), change);
        Assert.Equal(Totals(170, 15, 7m), cells.Totals(Day, Day));
        Assert.Equal([Day], cells.UnsavedDays(Day.AddDays(1)));
    }

    [Fact]
    public void RestoringADayMemoryAlreadyHoldsChangesNothing()
    {
        var cells = new CampaignCells();
        cells.Apply(Snapshot(Women, Totals(100, 10, 5m)));

        cells.Restore(Day, [new(Women, Totals(1, 1, 1m))]);

        Assert.Equal(Totals(100, 10, 5m), cells.Totals(Day, Day));
    }

    private static MetricItem Snapshot(MetricCell cell, MetricTotals totals) => new(cell, totals, MetricKind.Snapshot);

    private static MetricTotals Totals(long impressions, long clicks, decimal spend) => new(impressions, 0, clicks, spend, 0, 0);
}
