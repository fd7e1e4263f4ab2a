using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
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
        var days = await DailySeriesAsync(series, range);
        if (series.Level == ForecastLevel.Platform && days.Count == 0)
        {
            throw new NotFoundException("Platform", series.Id);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var from = new DateTimeOffset(range.From.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(range.From.ToDateTime(TimeOnly.MinValue)));
        var changes = await RuleChangeDays.LoadAsync(GrainFactory, series, from, zone);
        var now = clock.GetUtcNow();

        // The fit is CPU work of up to a second: on the thread pool, so the silo's scheduler keeps serving grains.
        return await Task.Run(() => SeriesForecasts.Fit(series, currency, through, days, changes, now));
    }

    private Task<IReadOnlyList<DayTotals>> DailySeriesAsync(ForecastSeries series, DateRange range) => series.Level switch
    {
        ForecastLevel.Campaign => GrainFactory.GetGrain<ICampaignGrain>(series.Campaign().ToString()).GetDailySeriesAsync(range),
        ForecastLevel.Platform => GrainFactory.GetGrain<ITenantRollupGrain>(series.Tenant).GetDailySeriesAsync(range, series.Platform()),
        _ => GrainFactory.GetGrain<ITenantRollupGrain>(series.Tenant).GetDailySeriesAsync(range, null),
    };
}
