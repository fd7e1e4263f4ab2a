using GrainMarketing.Campaigns;
using GrainMarketing.Demographics;
using GrainMarketing.Errors;
using GrainMarketing.Ingestion;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Metrics;
using static GrainMarketing.GrainTests.Campaigns.TestCampaigns;

namespace GrainMarketing.GrainTests.Campaigns;

[Collection(ClusterCollection.Name)]
public sealed class CampaignGrainTests(ClusterFixture fixture)
{
    private static readonly DateOnly Day = TestCampaigns.Day;
    private static readonly DateRange WeekDates = new(Day.AddDays(-3), Day.AddDays(3));
    private static readonly QueryWindow Week = QueryWindow.For(WeekDates);

    [Fact]
    public async Task BatchesOnTheCampaignStreamReachTheGrainAndRegisterTheCampaign()
    {
        var key = NewCampaign();
        var stream = fixture.Client.GetStreamProvider(MetricStreams.Provider)
            .GetStream<MetricBatch>(StreamId.Create(MetricStreams.Namespace, key.ToString()));

        await stream.OnNextAsync(Batch(key, Snapshot("25-34", "female", 1_000, 20, 10m), Snapshot("35-44", "male", 500, 5, 4m)));

        var summary = await Eventually.ReadAsync(() => Grain(key).GetSummaryAsync(Week), s => s.Totals.Impressions == 1_500);
        Assert.Equal(new MetricTotals(1_500, 0, 25, 14m, 0, 0), summary.Totals);
        Assert.Equal("Autumn sale", summary.Metadata.Name);
        Assert.Equal(Day, summary.Freshness.LatestDate);
        Assert.Contains(key, await fixture.Client.GetGrain<ICampaignRegistryGrain>(key.Tenant).ListAsync());
    }

    [Fact]
    public async Task BatchesGivenToTheMetricPublisherReachTheirCampaignsOnTheirStreams()
    {
        var (first, second) = (NewCampaign(), NewCampaign());

        await fixture.Client.GetGrain<IMetricPublisherGrain>(0).PublishAsync(
            [Batch(first, Snapshot("25-34", "female", 1_000, 20, 10m)), Batch(second, Snapshot("35-44", "male", 500, 5, 4m))]);

        Assert.Equal(1_000, (await Eventually.ReadAsync(() => Grain(first).GetSummaryAsync(Week), s => s.Totals.Impressions == 1_000)).Totals.Impressions);
        Assert.Equal(500, (await Eventually.ReadAsync(() => Grain(second).GetSummaryAsync(Week), s => s.Totals.Impressions == 500)).Totals.Impressions);
    }

    [Fact]
    public async Task ARestatedCellChangesTheTotalsByTheDifferenceOnly()
    {
        var key = NewCampaign();
        await Grain(key).ApplyAsync(Batch(key, Snapshot("25-34", "female", 1_000, 20, 10m), Snapshot("35-44", "male", 500, 5, 4m)));

        await Grain(key).ApplyAsync(Batch(key, Snapshot("25-34", "female", 1_200, 21, 11.5m)));

        Assert.Equal(new MetricTotals(1_700, 0, 26, 15.5m, 0, 0), (await Grain(key).GetSummaryAsync(Week)).Totals);
    }

    [Fact]
    public async Task TheSameBatchDeliveredTwiceCountsOnce()
    {
        var key = NewCampaign();
        var batch = Batch(key,
            Snapshot("25-34", "female", 1_000, 20, 10m),
            new MetricItem(new MetricCell(Day, Breakdown.None), new MetricTotals(0, 0, 1, 0.5m, 1m, 30m), MetricKind.Delta, "evt-1"));

        await Grain(key).ApplyAsync(batch);
        await Grain(key).ApplyAsync(batch);

        Assert.Equal(new MetricTotals(1_000, 0, 21, 10.5m, 1m, 30m), (await Grain(key).GetSummaryAsync(Week)).Totals);
    }

    [Fact]
    public async Task BreakdownsGroupByTheRequestedDimensionsAndKeepUnreportedCellsApart()
    {
        var key = NewCampaign();
        await Grain(key).ApplyAsync(Batch(key,
            Snapshot("25-34", "female", 1_000, 20, 10m),
            Snapshot("25-34", "male", 300, 3, 1m),
            Snapshot("35-44", "male", 500, 5, 4m),
            new MetricItem(new MetricCell(Day, new Breakdown(Country: "DE")), new MetricTotals(70, 0, 1, 1m, 0, 0), MetricKind.Snapshot)));

        var byAge = await Grain(key).GetBreakdownAsync(WeekDates, [Dimension.Age], byCreative: false);
        Assert.Equal(["25-34", "35-44"], byAge.Rows.Select(r => r.Key));
        Assert.Equal(1_300, byAge.Rows[0].Totals.Impressions);
        Assert.Equal(70, byAge.Unattributed.Impressions);

        var cross = await Grain(key).GetBreakdownAsync(WeekDates, [Dimension.Age, Dimension.Gender], byCreative: false);
        Assert.Equal(["25-34|female", "25-34|male", "35-44|male"], cross.Rows.Select(r => r.Key));

        // Asked again after a change, the same breakdown shows it (answers are reused only while nothing changed).
        await Grain(key).ApplyAsync(Batch(key, Snapshot("35-44", "male", 800, 5, 4m)));
        var again = await Grain(key).GetBreakdownAsync(WeekDates, [Dimension.Age, Dimension.Gender], byCreative: false);
        Assert.Equal([1_000L, 300L, 800L], again.Rows.Select(r => r.Totals.Impressions));
    }

    [Fact]
    public async Task ChangesOfEveryCampaignReachTheTenantSegmentsAndRollupAsDifferences()
    {
        var first = NewCampaign();
        var second = first with { Platform = AdPlatform.Google, CampaignId = "g-7" };
        await Grain(first).ApplyAsync(Batch(first, Snapshot("25-34", "female", 1_000, 20, 10m), Snapshot("35-44", "male", 500, 5, 4m)));
        await Grain(second).ApplyAsync(Batch(second, Snapshot("25-34", "female", 300, 3, 3m)));
        await Grain(first).ApplyAsync(Batch(first, Snapshot("25-34", "female", 1_100, 20, 10m)));

        var young = new SegmentKey(first.Tenant, Dimension.Age, "25-34");
        var youngWomen = new SegmentKey(first.Tenant, Dimension.Age, "25-34", "female");
        var segment = await Eventually.ReadAsync(() => Segment(young).GetSummaryAsync(Week), s => s.Totals.Impressions == 1_400);
        Assert.Equal(new MetricTotals(1_400, 0, 23, 13m, 0, 0), segment.Totals);
        Assert.Equal(1_400, (await Eventually.ReadAsync(() => Segment(youngWomen).GetSummaryAsync(Week), s => s.Totals.Impressions == 1_400)).Totals.Impressions);
        Assert.Equal(500, (await Segment(new SegmentKey(first.Tenant, Dimension.Gender, "male")).GetSummaryAsync(Week)).Totals.Impressions);

        var overview = await Eventually.ReadAsync(
            () => fixture.Client.GetGrain<ITenantRollupGrain>(first.Tenant).GetOverviewAsync(Week), o => o.Totals.Impressions == 1_900);
        Assert.Equal(1_900, overview.Totals.Impressions);
        Assert.Equal([(AdPlatform.Meta, 1_600L), (AdPlatform.Google, 300L)], overview.Platforms.Select(p => (p.Platform, p.Totals.Impressions)));

        var registered = await Eventually.ReadAsync(() => fixture.Client.GetGrain<ISegmentRegistryGrain>(first.Tenant).ListAsync(), r => r.Count == 6);
        Assert.Contains(youngWomen, registered);
        Assert.Equal(6, registered.Count);
    }

    [Fact]
    public async Task RealTimeWindowsSumWhatArrivedInThemRestatementsIncluded()
    {
        var key = NewCampaign();
        var arrived = fixture.Clock.GetUtcNow();
        await Grain(key).ApplyAsync(Batch(key, Snapshot("25-34", "female", 1_000, 20, 10m)) with { ReceivedAt = arrived });
        fixture.Clock.Advance(TimeSpan.FromMinutes(20));
        await Grain(key).ApplyAsync(Batch(key, Snapshot("25-34", "female", 1_300, 20, 10m)) with { ReceivedAt = fixture.Clock.GetUtcNow() });

        Assert.Equal(300, (await Grain(key).GetSummaryAsync(QueryWindow.Recent(TimeSpan.FromMinutes(15)))).Totals.Impressions);
        Assert.Equal(1_300, (await Grain(key).GetSummaryAsync(QueryWindow.Recent(TimeSpan.FromHours(1)))).Totals.Impressions);
        Assert.Equal(1_300, (await Grain(key).GetSummaryAsync(QueryWindow.Recent(TimeSpan.FromHours(24)))).Totals.Impressions);

        var minutes = await Grain(key).GetRecentSeriesAsync(60);
        Assert.Equal(60, minutes.Count);
        Assert.Equal([1_000L, 300L], minutes.Where(b => !b.Totals.IsZero).Select(b => b.Totals.Impressions));

        fixture.Clock.Advance(TimeSpan.FromHours(2));
        Assert.True((await Grain(key).GetSummaryAsync(QueryWindow.Recent(TimeSpan.FromHours(1)))).Totals.IsZero);
        Assert.Equal(1_300, (await Grain(key).GetSummaryAsync(QueryWindow.Recent(TimeSpan.FromHours(24)))).Totals.Impressions);
    }

    [Fact]
    public async Task AnUnknownCampaignIsNotFound() =>
        await Assert.ThrowsAsync<NotFoundException>(() => Grain(NewCampaign()).GetSummaryAsync(Week));

    private ICampaignGrain Grain(CampaignKey key) => fixture.Client.GetGrain<ICampaignGrain>(key.ToString());

    private IDemographicSegmentGrain Segment(SegmentKey key) => fixture.Client.GetGrain<IDemographicSegmentGrain>(key.ToString());
}
