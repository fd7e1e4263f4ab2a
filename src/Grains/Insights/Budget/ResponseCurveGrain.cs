using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Budget;

/// <summary>Fits campaigns' response curves over their daily series, off the campaign grain's turn; the silo's <see cref="ResponseCurveCache"/> keeps them.</summary>
/// <remarks>
/// The campaign grain only answers its series and metadata (read-only calls); the fit, seconds of CPU for a long
/// history, runs here, in a stateless worker, so ingestion never waits on it. A fit covers the last
/// <see cref="CampaignCurveFit.HistoryDays"/> days up to the tenant's last closed day (yesterday in its time zone).
/// </remarks>
[StatelessWorker]
[GrainType("response-curve")]
public sealed class ResponseCurveGrain(ResponseCurveCache cache, [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IResponseCurveGrain
{
    public async Task<CampaignResponseCurves> GetAsync(CampaignKey campaign)
    {
        var tenant = await GrainFactory.GetGrain<ITenantGrain>(campaign.Tenant).GetAsync();
        var now = clock.GetUtcNow();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(tenant.Settings.TimeZone);
        var closed = DailySchedule.LocalDate(now, zone).AddDays(-1);
        return await cache.GetAsync(campaign.ToString(), closed, now, () => FitAsync(campaign, closed, now));
    }

    private async Task<CampaignResponseCurves> FitAsync(CampaignKey campaign, DateOnly closed, DateTimeOffset now)
    {
        var grain = GrainFactory.GetGrain<ICampaignGrain>(campaign.ToString());
        var from = closed.AddDays(1 - CampaignCurveFit.HistoryDays);
        var summary = grain.GetSummaryAsync(new QueryWindow(new DateRange(closed, closed), null));
        var days = await grain.GetDailySeriesAsync(new DateRange(from, closed));
        var metadata = (await summary).Metadata;
        return CampaignCurveFit.Fit(campaign, metadata.DailyBudget, days, from, closed, now) with { Currency = metadata.Currency };
    }
}
