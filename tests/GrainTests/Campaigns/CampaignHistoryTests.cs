using GrainMarketing.Campaigns;
using GrainMarketing.Demographics;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Metrics;
using static GrainMarketing.GrainTests.Campaigns.TestCampaigns;

namespace GrainMarketing.GrainTests.Campaigns;

/// <summary>Days past the campaigns' in-memory retention (90 days) are answered from the metric_daily history.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CampaignHistoryTests(ClusterFixture fixture) : IDisposable
{
    private static readonly DateRange OldWeek = new(Day.AddDays(-3), Day.AddDays(3));

    [Fact]
    public async Task PrunedDaysAreAnsweredFromHistoryAndALateRestatementChangesThemByTheDifference()
    {
        var key = NewCampaign();
        await Grain(key).ApplyAsync(Batch(key, Snapshot("25-34", "female", 1_000, 20, 10m), Snapshot("35-44", "male", 500, 5, 4m)));
        await fixture.DeactivateAsync(key);

        // 120 days later a new day arrives; the checkpoint on deactivation saves it and prunes the old day.
        var later = fixture.SetClock(ClusterFixture.Start.AddDays(120));
        var today = DateOnly.FromDateTime(later.UtcDateTime);
        await Grain(key).ApplyAsync(Batch(key, Snapshot("25-34", "female", 7, 0, 0m, today)));
        await fixture.DeactivateAsync(key);

        var old = await Grain(key).GetSummaryAsync(QueryWindow.For(OldWeek));
        Assert.Equal(new MetricTotals(1_500, 0, 25, 14m, 0, 0), old.Totals);
        Assert.Equal(1_507, (await Grain(key).GetSummaryAsync(QueryWindow.For(new DateRange(Day, today)))).Totals.Impressions);
        Assert.Equal([(Day, 1_500L)], (await Grain(key).GetDailySeriesAsync(OldWeek)).Select(d => (d.Date, d.Totals.Impressions)));
        var byGender = await Grain(key).GetBreakdownAsync(OldWeek, [Dimension.Gender], byCreative: false);
        Assert.Equal([("female", 1_000L), ("male", 500L)], byGender.Rows.Select(r => (r.Key, r.Totals.Impressions)));

        await Grain(key).ApplyAsync(Batch(key, Snapshot("25-34", "female", 1_200, 21, 11.5m)));

        Assert.Equal(new MetricTotals(1_700, 0, 26, 15.5m, 0, 0), (await Grain(key).GetSummaryAsync(QueryWindow.For(OldWeek))).Totals);
        await fixture.DeactivateAsync(key);
        var youngWomen = new SegmentKey(key.Tenant, Dimension.Age, "25-34", "female");
        var segment = await Eventually.ReadAsync(
            () => fixture.Client.GetGrain<IDemographicSegmentGrain>(youngWomen.ToString()).GetSummaryAsync(QueryWindow.For(OldWeek)),
            s => s.Totals.Impressions == 1_200);
        Assert.Equal(new MetricTotals(1_200, 0, 21, 11.5m, 0, 0), segment.Totals);
        var overview = await fixture.Client.GetGrain<ITenantRollupGrain>(key.Tenant).GetOverviewAsync(QueryWindow.For(OldWeek));
        Assert.Equal(new MetricTotals(1_700, 0, 26, 15.5m, 0, 0), overview.Totals);
    }

    public void Dispose() => fixture.SetClock(ClusterFixture.Start);

    private ICampaignGrain Grain(CampaignKey key) => fixture.Client.GetGrain<ICampaignGrain>(key.ToString());
}
