using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class IndexedCampaignTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    [Fact]
    public void TotalsSumTheDaysInsideTheRangeOnly()
    {
        var campaign = new IndexedCampaign();
        campaign.Add([Delta(Day.AddDays(-7), 1), Delta(Day.AddDays(-6), 10), Delta(Day, 100), Delta(Day.AddDays(1), 1_000)], Day.AddDays(-90));

        Assert.Equal(110, campaign.Totals(new DateRange(Day.AddDays(-6), Day)).Impressions);
    }

    [Fact]
    public void ChangesToTheSameDayAddUp()
    {
        var campaign = new IndexedCampaign();
        campaign.Add([Delta(Day, 10)], Day.AddDays(-90));
        campaign.Add([Delta(Day, 5)], Day.AddDays(-90));

        Assert.Equal(15, campaign.Totals(new DateRange(Day, Day)).Impressions);
    }

    [Fact]
    public void DaysBeforeTheOldestKeptAreForgotten()
    {
        var campaign = new IndexedCampaign();
        campaign.Add([Delta(Day.AddDays(-3), 10), Delta(Day, 5)], Day.AddDays(-2));

        Assert.Equal([Day], campaign.Days.Keys);
    }

    private static PlatformDelta Delta(DateOnly date, long impressions) => new(AdPlatform.Meta, date, new MetricTotals(impressions, 0, 0, 0, 0, 0), []);
}
