using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;
using static GrainMarketing.UnitTests.Campaigns.TestBatches;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class CampaignStateTests
{
    [Fact]
    public void OnlyChangedDaysTheCellsAlreadyHadAreReported()
    {
        var campaign = new CampaignState();
        campaign.Apply(Batch(Snapshot(Today.AddDays(-2), "25-34", 10), Snapshot(Today.AddDays(-1), "25-34", 10)), flushed: false);

        var changed = campaign.Apply(Batch(Snapshot(Today.AddDays(-2), "25-34", 12), Snapshot(Today.AddDays(-1), "25-34", 10), Snapshot(Today, "25-34", 3)), flushed: false);

        Assert.Equal([Today.AddDays(-2)], changed);
        Assert.Equal(25, campaign.Cells.Totals(Today.AddDays(-2), Today).Impressions);
    }

    [Fact]
    public void ABatchAFlushAlreadyCarriedChangesTheCellsButIsNotBufferedAgain()
    {
        var campaign = new CampaignState();

        campaign.Apply(Batch(Snapshot(Today, "25-34", 10)), flushed: true);

        Assert.True(campaign.Pending.IsEmpty);
        Assert.Equal(10, campaign.Cells.Totals(Today, Today).Impressions);
        Assert.Equal(10, campaign.Recent.Sum(Now, 5).Impressions);
    }

    [Fact]
    public void TheLatestArrivalIsKeptWhateverTheOrderBatchesCameIn()
    {
        var campaign = new CampaignState();

        campaign.Apply(Batch(Snapshot(Today, "25-34", 10)) with { ReceivedAt = Now }, flushed: false);
        campaign.Apply(Batch(Snapshot(Today, "35-44", 10)) with { ReceivedAt = Now.AddMinutes(-5) }, flushed: false);

        Assert.Equal(Now, campaign.LastReceivedAt);
    }

    [Fact]
    public void AWholeDayReportZeroesTheCellsOfItsShapeItNoLongerListsAndNothingElse()
    {
        var campaign = new CampaignState();
        var campaignLevel = new MetricItem(new MetricCell(Today.AddDays(-1), Breakdown.None), new MetricTotals(7, 0, 0, 0, 0, 0), MetricKind.Snapshot);
        campaign.Apply(Batch(
            Snapshot(Today.AddDays(-2), "25-34", 10), Snapshot(Today.AddDays(-2), "35-44", 5),
            Snapshot(Today.AddDays(-1), "25-34", 10), Snapshot(Today.AddDays(-1), "35-44", 5), campaignLevel), flushed: false);
        var whole = new WholeDays(Today.AddDays(-1), Today, new CellShape(Dimensions.Age | Dimensions.Gender, AdSet: false, Ad: false));

        // The platform re-reports yesterday and today whole: 35-44 is gone from yesterday.
        var changed = campaign.Apply(Batch(Snapshot(Today.AddDays(-1), "25-34", 10)) with { Whole = whole }, flushed: false);

        Assert.Equal([Today.AddDays(-1)], changed);
        Assert.Equal(17, campaign.Cells.Totals(Today.AddDays(-1), Today.AddDays(-1)).Impressions);
        Assert.Equal(15, campaign.Cells.Totals(Today.AddDays(-2), Today.AddDays(-2)).Impressions);
        Assert.Equal(["25-34"], campaign.Cells.GroupByBreakdown(Today.AddDays(-1), Today.AddDays(-1), b => b.Age, [], out _).Keys);
        var flushed = campaign.Pending.Drain(1, "acme", AdPlatform.Meta, currency: null).Platform.ToDictionary(d => d.Date, d => d.Totals.Impressions);
        Assert.Equal((15L, 17L), (flushed[Today.AddDays(-2)], flushed[Today.AddDays(-1)]));
    }

    [Fact]
    public void MetadataTakesTheFieldsAnUpdateSetsAndKeepsTheOthers()
    {
        var campaign = new CampaignState { Metadata = new CampaignMetadata(Name: "Autumn sale", DailyBudget: 100m) };

        campaign.Apply(Batch(Snapshot(Today, "25-34", 1)) with { Metadata = new CampaignMetadata(Status: CampaignStatus.Paused) }, flushed: false);
        campaign.Merge(new CampaignMetadata(DailyBudget: 80m));

        Assert.Equal(new CampaignMetadata(Name: "Autumn sale", Status: CampaignStatus.Paused, DailyBudget: 80m), campaign.Metadata);
    }
}
