using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Profiles;

public sealed class SegmentTallyTests
{
    [Fact]
    public void RepeatedEntriesUpdatesAndExitsLeaveExactCountsAndSums()
    {
        var tally = new SegmentTally();

        tally.Set("ana", new SegmentContribution(60, 40, 20));
        tally.Set("ana", new SegmentContribution(60, 40, 20));
        tally.Set("bo", new SegmentContribution(30, 30, 0));
        tally.Set("ana", new SegmentContribution(90.5m, 70.5m, 20));
        tally.Set("cy", new SegmentContribution(10, 0, 10));
        tally.Set("cy", null);
        tally.Set("cy", null);
        tally.Set("nobody", null);

        Assert.Equal(new SegmentTotals(2, 120.5m, 100.5m, 20), tally.Totals);
    }

    [Fact]
    public void AverageSpendIsToTheCentAndTrendIsTheChangeAgainstTheThirtyDaysBefore()
    {
        var totals = new SegmentTotals(3, 100, 150, 100).Plus(new SegmentTotals(0, 0, 0, 0));

        Assert.Equal(33.33m, totals.AverageSpend);
        Assert.Equal(0.5, totals.Trend);
        Assert.Equal(-0.25, new SegmentTotals(1, 75, 75, 100).Trend);
        Assert.Null(SegmentTotals.Empty.AverageSpend);
        Assert.Null(new SegmentTotals(1, 10, 10, 0).Trend);
        Assert.Equal(new SegmentTotals(5, 12, 9, 3), new SegmentTotals(2, 5, 4, 1).Plus(new SegmentTotals(3, 7, 5, 2)));
    }
}
