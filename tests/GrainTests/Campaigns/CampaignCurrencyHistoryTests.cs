using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using GrainMarketing.Demographics;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;
using static GrainMarketing.GrainTests.Campaigns.TestCampaigns;

namespace GrainMarketing.GrainTests.Campaigns;

/// <summary>Days past retention come from the history, which records no currency: a campaign in another currency is taken out and converted apart.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CampaignCurrencyHistoryTests(ClusterFixture fixture) : IDisposable
{
    private static readonly DateRange OldWeek = new(Day.AddDays(-3), Day.AddDays(3));

    [Fact]
    public async Task PrunedDaysOfACampaignInAnotherCurrencyAreConvertedAtTheirRateAndTheRestCountsAsTheTenants()
    {
        var dollars = NewCampaign();
        var euros = dollars with { CampaignId = "c-2" };
        await fixture.Client.GetGrain<ITenantGrain>(dollars.Tenant).CreateAsync(new TenantSettings("History FX", "Etc/UTC", "EUR", 6), "fx@example.com");
        await fixture.Client.GetGrain<IExchangeRatesGrain>(dollars.Tenant).SetAsync([new ExchangeRate(Day, "USD", 0.5m)]);
        await Grain(dollars).UpdateMetadataAsync(new CampaignMetadata(Currency: "USD"));
        await Grain(dollars).ApplyAsync(Batch(dollars, Snapshot("25-34", "female", 1_000, 20, 10m)));
        await Grain(euros).ApplyAsync(Batch(euros, Snapshot("25-34", "female", 100, 2, 3m)));
        var rollup = fixture.Client.GetGrain<ITenantRollupGrain>(dollars.Tenant);
        await Eventually.ReadAsync(() => rollup.GetOverviewAsync(QueryWindow.For(OldWeek)), o => o.Totals.Impressions == 1_100);
        await fixture.DeactivateAsync(dollars);
        await fixture.DeactivateAsync(euros);

        // 120 days later the old day is only in the history.
        var today = DateOnly.FromDateTime(fixture.SetClock(ClusterFixture.Start.AddDays(120)).UtcDateTime);
        await Grain(dollars).ApplyAsync(Batch(dollars, Snapshot("25-34", "female", 1, 0, 0m, today)));
        await Grain(euros).ApplyAsync(Batch(euros, Snapshot("25-34", "female", 1, 0, 0m, today)));
        await fixture.DeactivateAsync(dollars);
        await fixture.DeactivateAsync(euros);

        var overview = await rollup.GetOverviewAsync(QueryWindow.For(OldWeek));
        Assert.Equal(new MetricTotals(1_100, 0, 22, 3m + 5m, 0, 0), overview.Totals);
        Assert.Equal([new ExchangeRate(Day, "USD", 0.5m)], overview.Conversion!.Rates);
        Assert.Empty(overview.Conversion.Unconverted);
        var segment = await fixture.Client.GetGrain<IDemographicSegmentGrain>(new SegmentKey(dollars.Tenant, Dimension.Gender, "female").ToString())
            .GetSummaryAsync(QueryWindow.For(OldWeek));
        Assert.Equal(new MetricTotals(1_100, 0, 22, 8m, 0, 0), segment.Totals);
        Assert.Equal([(Day, 8m)], (await rollup.GetDailySeriesAsync(OldWeek, platform: null)).Days.Select(d => (d.Date, d.Totals.Spend)));
    }

    public void Dispose() => fixture.SetClock(ClusterFixture.Start);

    private ICampaignGrain Grain(CampaignKey key) => fixture.Client.GetGrain<ICampaignGrain>(key.ToString());
}
