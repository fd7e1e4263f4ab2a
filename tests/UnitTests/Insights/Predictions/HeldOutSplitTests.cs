using GrainMarketing.Insights.Predictions;

namespace GrainMarketing.UnitTests.Insights.Predictions;

public sealed class HeldOutSplitTests
{
    [Fact]
    public void NoDateIsSplitAndEveryHeldOutDayFollowsEveryTrainingDay()
    {
        var days = new GeneratedCampaignDays(3).Days(3, 10, new DateOnly(2026, 11, 30));

        var split = HeldOutSplit.ByDate(days, 0.25)!;

        Assert.Equal(days.Count, split.Training.Count + split.HeldOut.Count);
        Assert.True(split.Training.Max(i => days[i].Date) < split.HeldOut.Min(i => days[i].Date));
        Assert.Equal(split.HeldOutFrom, split.HeldOut.Min(i => days[i].Date));
        Assert.Equal(9, split.HeldOut.Count);
    }

    [Fact]
    public void RowsThatShareOneDateCannotBeSplit()
    {
        var days = new GeneratedCampaignDays(3).Days(5, 1, new DateOnly(2026, 11, 30));

        Assert.Null(HeldOutSplit.ByDate(days, 0.2));
    }
}
