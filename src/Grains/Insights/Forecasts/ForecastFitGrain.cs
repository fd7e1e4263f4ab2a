using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using GrainMarketing.Errors;
using GrainMarketing.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Forecasts;

/// <summary>Fits a series' forecasts off any ingesting grain's turn: reads the daily history with read-only calls and fits on the thread pool.</summary>
[StatelessWorker]
[GrainType("forecast-fit")]
public sealed class ForecastFitGrain([FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IForecastFitGrain
{
    /// <summary>The longest history a fit reads: two years, enough for any weekly model and a deep backtest.</summary>
    public const int HistoryDays = 730;

    public async Task<ForecastSet> FitAsync(ForecastSeries series, DateOnly through, string timeZone, string currency)
    {
        var range = new DateRange(through.AddDays(1 - HistoryDays), through);
        var (days, seriesCurrency) = await DailySeriesAsync(series, range, currency);
        if (series.Level == ForecastLevel.Platform && days.Days.Count == 0 && days.Unconverted.Count == 0)
        {
            throw new NotFoundException("Platform", series.Id);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var from = new DateTimeOffset(range.From.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(range.From.ToDateTime(TimeOnly.MinValue)));
        var changes = await RuleChangeDays.LoadAsync(GrainFactory, series, from, zone);
        var now = clock.GetUtcNow();

        // The fit is CPU work of up to a second: on the thread pool, so the silo's scheduler keeps serving grains.
        return await Task.Run(() => SeriesForecasts.Fit(series, seriesCurrency, through, days, changes, now));
    }

    /// <summary>The series' days and the currency their money is in: a campaign's own (none named: the tenant's), else the tenant's with what had no rate.</summary>
    private async Task<(ConvertedDays Days, string Currency)> DailySeriesAsync(ForecastSeries series, DateRange range, string tenantCurrency)
    {
        if (series.Level == ForecastLevel.Campaign)
        {
            var campaign = GrainFactory.GetGrain<ICampaignGrain>(series.Campaign().ToString());
            var summary = campaign.GetSummaryAsync(QueryWindow.For(new DateRange(range.To, range.To)));
            var days = await campaign.GetDailySeriesAsync(range);
            return (new ConvertedDays(days, []), (await summary).Metadata.Currency ?? tenantCurrency);
        }

        var platform = series.Level == ForecastLevel.Platform ? series.Platform() : (AdPlatform?)null;
        return (await GrainFactory.GetGrain<ITenantRollupGrain>(series.Tenant).GetDailySeriesAsync(range, platform), tenantCurrency);
    }
}
