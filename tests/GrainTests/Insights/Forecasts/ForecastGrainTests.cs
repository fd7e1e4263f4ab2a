using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Insights.Forecasts;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;

namespace GrainMarketing.GrainTests.Insights.Forecasts;

[Collection(ClusterCollection.Name)]
public sealed class ForecastGrainTests(ClusterFixture fixture)
{
    private static readonly double[] WeeklyShape = [1.10, 1.15, 1.10, 1.05, 0.95, 0.80, 0.85];

    [Fact]
    public async Task TheFirstQueryFitsAndLaterQueriesAnswerTheSameFitFromTheCache()
    {
        var key = await CampaignWithHistoryAsync(days: 42);
        var forecast = fixture.Client.GetGrain<IForecastGrain>(new ForecastSeries(key.Tenant, ForecastLevel.Campaign, "meta:c-1").ToString());

        var first = await forecast.GetAsync(ForecastMetric.Spend, 14);
        var again = await forecast.GetAsync(ForecastMetric.Roas, 90);

        var yesterday = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        Assert.Equal((yesterday, 42, 14), (first.DataThrough, first.History.Days, first.Forecast.Days.Count));
        Assert.Equal(first.FittedAt, again.FittedAt);
        Assert.Equal(90, again.Forecast.Days.Count);
        Assert.False(first.Stale);
        Assert.All(first.Forecast.Days, d => Assert.True(d.Lower95 <= d.Lower80 && d.Lower80 <= d.Value && d.Value <= d.Upper80 && d.Upper80 <= d.Upper95));
    }

    [Fact]
    public async Task WhenADayHasClosedSinceTheFitTheCacheAnswersStaleAndRefits()
    {
        // The clock stays put (it is shared); moving the tenant from UTC-12 to UTC+12 closes its next day instead.
        var key = await CampaignWithHistoryAsync(days: 42, zone: "Etc/GMT+12");
        var forecast = fixture.Client.GetGrain<IForecastGrain>(new ForecastSeries(key.Tenant, ForecastLevel.Campaign, "meta:c-1").ToString());
        var before = await forecast.GetAsync(ForecastMetric.Spend, 7);
        await fixture.Client.GetGrain<ITenantGrain>(key.Tenant).UpdateSettingsAsync(new TenantSettingsPatch(TimeZone: "Etc/GMT-12"));

        var stale = await forecast.GetAsync(ForecastMetric.Spend, 7);
        var refitted = await Eventually.ReadAsync(() => forecast.GetAsync(ForecastMetric.Spend, 7), answer => !answer.Stale);

        Assert.Equal((before.DataThrough, true), (stale.DataThrough, stale.Stale));
        Assert.True(refitted.DataThrough > before.DataThrough);
        Assert.True(refitted.FittedAt >= before.FittedAt);
    }

    [Fact]
    public async Task TheTenantSeriesComesFromTheRollup()
    {
        var key = await CampaignWithHistoryAsync(days: 35);
        var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
        var rollup = fixture.Client.GetGrain<ITenantRollupGrain>(key.Tenant);
        await Eventually.ReadAsync(() => rollup.GetDailySeriesAsync(new DateRange(today.AddDays(-60), today), AdPlatform.Meta), series => series.Days.Count == 35);
        var tenant = fixture.Client.GetGrain<IForecastGrain>(new ForecastSeries(key.Tenant, ForecastLevel.Tenant, ForecastSeries.WholeTenant).ToString());

        var answer = await tenant.GetAsync(ForecastMetric.Clicks, 7);

        Assert.Equal((35, 7), (answer.History.Days, answer.Forecast.Days.Count));
        Assert.Empty((await rollup.GetDailySeriesAsync(new DateRange(today.AddDays(-60), today), AdPlatform.Google)).Days);
    }

    [Fact]
    public async Task ACampaignWithTwoWeeksOfHistoryIsRefusedNamingTheDaysMissing()
    {
        var key = await CampaignWithHistoryAsync(days: 14);
        var forecast = fixture.Client.GetGrain<IForecastGrain>(new ForecastSeries(key.Tenant, ForecastLevel.Campaign, "meta:c-1").ToString());

        var refusal = await Assert.ThrowsAsync<InsufficientHistoryException>(() => forecast.GetAsync(ForecastMetric.Spend, 7));

        Assert.Equal("28 needed, 14 recorded", refusal.Missing["days"]);
    }

    [Fact]
    public async Task ACampaignForecastIsInTheCampaignsOwnCurrencyNotTheTenants()
    {
        var key = await CampaignWithHistoryAsync(days: 35, currency: "USD");
        var forecast = fixture.Client.GetGrain<IForecastGrain>(new ForecastSeries(key.Tenant, ForecastLevel.Campaign, "meta:c-1").ToString());
        var tenant = fixture.Client.GetGrain<IForecastGrain>(new ForecastSeries(key.Tenant, ForecastLevel.Tenant, ForecastSeries.WholeTenant).ToString());

        var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
        await Eventually.ReadAsync(() => fixture.Client.GetGrain<ITenantRollupGrain>(key.Tenant).GetDailySeriesAsync(new DateRange(today.AddDays(-60), today), null),
            series => series.Unconverted.Sum(u => u.Days.Count) == 35);

        var own = await forecast.GetAsync(ForecastMetric.Spend, 7);
        var refused = await Assert.ThrowsAsync<InsufficientHistoryException>(() => tenant.GetAsync(ForecastMetric.Spend, 7));

        // No USD rate exists: the tenant's 35 days are all missing, not 35 days of nothing spent.
        Assert.Equal(("USD", 35), (own.Currency, own.History.DaysWithData));
        Assert.False(refused.Missing.ContainsKey("days"));
        Assert.EndsWith("0 with data", refused.Missing["observedDays"], StringComparison.Ordinal);
    }

    private async Task<CampaignKey> CampaignWithHistoryAsync(int days, string zone = "UTC", string? currency = null)
    {
        var key = new CampaignKey($"t-{Guid.NewGuid():N}", AdPlatform.Meta, "c-1");
        await fixture.Client.GetGrain<ITenantGrain>(key.Tenant).CreateAsync(new TenantSettings("Forecasts", zone, "EUR", 6), "ana@example.com");
        if (currency is not null)
        {
            await fixture.Client.GetGrain<ICampaignGrain>(key.ToString()).UpdateMetadataAsync(new CampaignMetadata(Currency: currency));
        }

        var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
        var random = new Random(days);
        var items = Enumerable.Range(1, days).Select(ago =>
        {
            var scale = WeeklyShape[(days - ago) % 7] * (1 + 0.1 * (random.NextDouble() - 0.5));
            return new MetricItem(new MetricCell(today.AddDays(-ago), new Breakdown()),
                new MetricTotals((long)(10_000 * scale), 0, (long)(100 * scale), (decimal)(200 * scale), (decimal)Math.Round(10 * scale), (decimal)Math.Round(10 * scale) * 50), MetricKind.Snapshot);
        });
        await fixture.Client.GetGrain<ICampaignGrain>(key.ToString()).ApplyAsync(new MetricBatch(key, fixture.Clock.GetUtcNow(), [.. items]));
        return key;
    }
}
