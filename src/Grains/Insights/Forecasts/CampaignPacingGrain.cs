using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Forecasts;

/// <summary>A campaign's pacing: today's spend, the last week's hourly arrivals and the cached day forecast, read at once and combined by <see cref="PacingProjection"/>.</summary>
[StatelessWorker]
[GrainType("campaign-pacing")]
public sealed class CampaignPacingGrain([FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, ICampaignPacingGrain
{
    private const int ProfileMinutes = 7 * 24 * 60;

    public async Task<CampaignPacing> GetAsync()
    {
        var key = CampaignKey.Parse(this.GetPrimaryKeyString());
        var settings = (await GrainFactory.GetGrain<ITenantGrain>(key.Tenant).GetAsync()).Settings;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        var now = clock.GetUtcNow();
        var today = DailySchedule.LocalDate(now, zone);
        var campaign = GrainFactory.GetGrain<ICampaignGrain>(key.ToString());
        var summary = await campaign.GetSummaryAsync(QueryWindow.For(new DateRange(today, today)));
        var series = new ForecastSeries(key.Tenant, ForecastLevel.Campaign, $"{key.Platform.ToString().ToLowerInvariant()}:{key.CampaignId}");
        var hoursTask = campaign.GetRecentSeriesAsync(ProfileMinutes);
        var forecastTask = GrainFactory.GetGrain<IForecastGrain>(series.ToString()).GetAsync(ForecastMetric.Spend, 3);
        await Task.WhenAll(hoursTask, forecastTask);
        var (hours, forecast) = (await hoursTask, await forecastTask);

        // A stale cache (the fit of the day just closed still running) starts a day earlier: take today's day either way.
        var day = forecast.Forecast.Days.FirstOrDefault(d => d.Date == today) ?? forecast.Forecast.Days[^1];
        var share = PacingProjection.ElapsedShare(now, zone, hours.Select(b => (b.Start, (double)b.Totals.Spend)));
        // Spend and budget are in the campaign's own currency (none named: the tenant's), never converted.
        return PacingProjection.Project(now, zone, summary.Metadata.Currency ?? settings.Currency, (double)summary.Totals.Spend, summary.Metadata.DailyBudget, day, share);
    }
}
