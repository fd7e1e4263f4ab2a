using GrainMarketing.Campaigns;
using GrainMarketing.Demographics;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class TenantIndexTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);
    private static readonly DateOnly OldestKept = Day.AddDays(-90);
    private static readonly DateRange Week = new(Day.AddDays(-6), Day);
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly CampaignKey Campaign = new("acme", AdPlatform.Meta, "1");
    private static readonly SegmentKey Women = new("acme", Dimension.Gender, "female");
    private static readonly CampaignMetadata Sale = new(Name: "Sale", Status: CampaignStatus.Active);
    private static readonly Freshness Fresh = new(At, Day);

    [Fact]
    public void AFlushAddsTheCampaignsDaysAndItsSegmentsDays()
    {
        var index = new TenantIndex();

        index.ApplyFlush(Campaign, 1, [Platform(Day, 10)], [new SegmentFlush(Women, [new SegmentDelta(Day, Totals(4))])], At, Sale, Fresh, OldestKept);

        var campaign = Assert.Single(index.Campaigns(Week));
        Assert.Equal((Campaign, Sale, 10L, Fresh), (campaign.Key, campaign.Metadata, campaign.Totals.Impressions, campaign.Freshness));
        var segment = Assert.Single(index.Segments(QueryWindow.For(Week), At, DateOnly.MinValue)).Own;
        Assert.Equal((Women, 4L, new Freshness(At, Day)), (segment.Key, segment.Totals.Impressions, segment.Freshness));
    }

    [Fact]
    public void ARepeatedFlushNumberAddsNothingButTakesTheNewerMetadata()
    {
        var index = new TenantIndex();
        var paused = Sale with { Status = CampaignStatus.Paused };
        index.ApplyFlush(Campaign, 1, [Platform(Day, 10)], [new SegmentFlush(Women, [new SegmentDelta(Day, Totals(4))])], At, Sale, Fresh, OldestKept);

        index.ApplyFlush(Campaign, 1, [Platform(Day, 10)], [new SegmentFlush(Women, [new SegmentDelta(Day, Totals(4))])], At, paused, Fresh, OldestKept);

        var campaign = Assert.Single(index.Campaigns(Week));
        Assert.Equal((10L, paused), (campaign.Totals.Impressions, campaign.Metadata));
        Assert.Equal(4, Assert.Single(index.Segments(QueryWindow.For(Week), At, DateOnly.MinValue)).Own.Totals.Impressions);
    }

    [Fact]
    public void AMetadataUpdateListsACampaignWithoutNumbers()
    {
        var index = new TenantIndex();

        Assert.True(index.UpdateCampaign(Campaign, Sale, Freshness.Empty, 0));

        var campaign = Assert.Single(index.Campaigns(Week));
        Assert.Equal((Sale, MetricTotals.Zero, Freshness.Empty), (campaign.Metadata, campaign.Totals, campaign.Freshness));
    }

    [Fact]
    public void AnUpdateThatChangesNothingSaysSo()
    {
        var index = new TenantIndex();
        index.UpdateCampaign(Campaign, Sale, Fresh, 0);

        Assert.False(index.UpdateCampaign(Campaign, Sale, Fresh, 0));
        Assert.True(index.UpdateCampaign(Campaign, Sale, Fresh with { ReceivedAt = At.AddSeconds(1) }, 0));
    }

    [Fact]
    public void AnUpdateForAnUnknownCampaignWithEmptyMetadataStillListsIt()
    {
        var index = new TenantIndex();

        Assert.True(index.UpdateCampaign(Campaign, new CampaignMetadata(), Freshness.Empty, 0));
        Assert.Single(index.Campaigns(Week));
    }

    [Fact]
    public void TheIndexCoversTheTenantWhenItHoldsEveryRegisteredCampaignFromItsFirstFlush()
    {
        var index = new TenantIndex();
        index.ApplyFlush(Campaign, 1, [Platform(Day, 10)], [], At, Sale, Fresh, OldestKept);
        index.UpdateCampaign(Campaign with { CampaignId = "2" }, Sale, Freshness.Empty, 0);

        Assert.True(index.Covers(2));
        Assert.False(index.Covers(3));
    }

    [Fact]
    public void ACampaignFirstMetAfterItsFirstFlushLeavesTheTenantUncovered()
    {
        var flushedLate = new TenantIndex();
        flushedLate.ApplyFlush(Campaign, 2, [Platform(Day, 10)], [], At, Sale, Fresh, OldestKept);
        var updatedLate = new TenantIndex();
        updatedLate.UpdateCampaign(Campaign, Sale, Fresh, 3);

        Assert.False(flushedLate.Covers(1));
        Assert.False(updatedLate.Covers(1));
    }

    private static PlatformDelta Platform(DateOnly date, long impressions) => new(AdPlatform.Meta, date, Totals(impressions), [Dimensions.Gender]);

    private static MetricTotals Totals(long impressions) => new(impressions, 0, 0, impressions / 10m, 0, 0);
}
