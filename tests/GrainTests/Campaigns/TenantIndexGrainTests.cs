using GrainMarketing.Campaigns;
using GrainMarketing.Demographics;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Metrics;
using static GrainMarketing.GrainTests.Campaigns.TestCampaigns;

namespace GrainMarketing.GrainTests.Campaigns;

[Collection(ClusterCollection.Name)]
public sealed class TenantIndexGrainTests(ClusterFixture fixture)
{
    private static readonly QueryWindow Week = QueryWindow.For(new DateRange(Day.AddDays(-3), Day.AddDays(3)));

    [Fact]
    public async Task FlushedCampaignsAreListedAsTheirGrainsAnswer()
    {
        var (first, second) = TwoCampaigns();
        await Campaign(first).ApplyAsync(Batch(first, Snapshot("25-34", "female", 1_000, 20, 10m)));
        await Campaign(second).ApplyAsync(Batch(second, Snapshot("35-44", "male", 500, 5, 40m), Snapshot("25-34", "female", 10, 1, 1m, Day.AddDays(-1))));

        var page = await Eventually.ReadAsync(() => Index(first).ListCampaignsAsync(Query(Week)), p => p.Items.Sum(c => c.Totals.Impressions) == 1_510);

        Assert.Equal(2, page.Total);
        Assert.Equal([await Campaign(second).GetSummaryAsync(Week), await Campaign(first).GetSummaryAsync(Week)], page.Items);
    }

    [Fact]
    public async Task AListIsAnsweredWithoutWakingTheCampaigns()
    {
        var key = NewCampaign();
        await Campaign(key).ApplyAsync(Batch(key, Snapshot("25-34", "female", 1_000, 20, 10m)));
        var expected = await Campaign(key).GetSummaryAsync(Week);
        await Eventually.ReadAsync(() => Index(key).ListCampaignsAsync(Query(Week)), p => p.Items.Sum(c => c.Totals.Impressions) == 1_000);
        await fixture.DeactivateAsync(key);

        var page = await Index(key).ListCampaignsAsync(Query(Week));

        Assert.Equal([expected], page.Items);
        Assert.Equal(0, await fixture.Client.GetGrain<IManagementGrain>(0).GetGrainActivationCount((GrainReference)Campaign(key)));
    }

    [Fact]
    public async Task AMetadataChangeIsListedOnceTheUpdateReturns()
    {
        var key = NewCampaign();

        await Campaign(key).UpdateMetadataAsync(new CampaignMetadata(Name: "Winter", Status: CampaignStatus.Paused));

        var paused = await Index(key).ListCampaignsAsync(Query(Week) with { Status = CampaignStatus.Paused });
        Assert.Equal([await Campaign(key).GetSummaryAsync(Week)], paused.Items);
    }

    [Fact]
    public async Task SegmentsAreRankedAsTheirGrainsAnswerForDatesAndArrivals()
    {
        var (first, second) = TwoCampaigns();
        await Campaign(first).ApplyAsync(Batch(first, Snapshot("25-34", "female", 1_000, 20, 10m), Snapshot("35-44", "male", 100, 1, 1m)));
        await Campaign(second).ApplyAsync(Batch(second, Snapshot("25-34", "male", 500, 5, 40m)));
        var recent = QueryWindow.Recent(TimeSpan.FromMinutes(15));

        var byAge = await Eventually.ReadAsync(() => Index(first).RankSegmentsAsync(Rank(Week, minSpend: 2m)), r => r.Segments.Sum(s => s.Totals.Impressions) == 1_500 && r.Excluded == 1);
        await Eventually.ReadAsync(() => SegmentAsync(first.Tenant, "35-44", Week), s => s.Totals.Impressions == 100);
        await Eventually.ReadAsync(() => SegmentAsync(first.Tenant, "25-34", Week), s => s.Totals.Impressions == 1_500);
        var byArrival = await Index(first).RankSegmentsAsync(Rank(recent, minSpend: 0m));

        Assert.Equal([await SegmentAsync(first.Tenant, "25-34", Week)], byAge.Segments);
        Assert.Equal(1, byAge.Excluded);
        Assert.Equal([await SegmentAsync(first.Tenant, "25-34", recent), await SegmentAsync(first.Tenant, "35-44", recent)], byArrival.Segments);
    }

    [Fact]
    public async Task AWindowReachingPastRetentionIsAnsweredByTheCampaigns()
    {
        var key = NewCampaign();
        await Campaign(key).ApplyAsync(Batch(key, Snapshot("25-34", "female", 1_000, 20, 10m)));
        var longAgo = QueryWindow.For(new DateRange(Day.AddDays(-400), Day));

        var page = await Index(key).ListCampaignsAsync(Query(longAgo));

        Assert.Equal([await Campaign(key).GetSummaryAsync(longAgo)], page.Items);
    }

    private static (CampaignKey First, CampaignKey Second) TwoCampaigns()
    {
        var first = NewCampaign();
        return (first, first with { Platform = AdPlatform.Google, CampaignId = "c-2" });
    }

    private static CampaignListRequest Query(QueryWindow window) => new(window, null, null, "spend", "desc", 1, 50);

    private static SegmentRankQuery Rank(QueryWindow window, decimal minSpend) => new(window, Dimension.Age, false, "impressions", "desc", minSpend);

    private Task<SegmentSummary> SegmentAsync(string tenant, string age, QueryWindow window) =>
        fixture.Client.GetGrain<IDemographicSegmentGrain>(new SegmentKey(tenant, Dimension.Age, age).ToString()).GetSummaryAsync(window);

    private ICampaignGrain Campaign(CampaignKey key) => fixture.Client.GetGrain<ICampaignGrain>(key.ToString());

    private ITenantIndexGrain Index(CampaignKey key) => fixture.Client.GetGrain<ITenantIndexGrain>(key.Tenant);
}
