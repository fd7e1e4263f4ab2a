using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Forecasts;

/// <summary>The forecast cache of one series: answers from the last fit, refits when the tenant's day has closed.</summary>
/// <remarks>
/// A reminder checks every <see cref="RefreshCheckPeriod"/> whether a day has closed in the tenant's zone since
/// the last fit, and a query that finds one starts the refit too; meanwhile queries answer the last fit, marked
/// stale. The fit itself runs in <see cref="IForecastFitGrain"/>; reentrancy lets queries interleave with the
/// wait, and the cache changes in one step when the fit returns.
/// </remarks>
[GrainType("forecast")]
[Reentrant]
public sealed class ForecastGrain(
    [PersistentState("forecast", StorageNames.Default)] IPersistentState<ForecastCacheState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IForecastGrain, IRemindable
{
    public const string RefreshReminder = "forecast-refresh";
    public static readonly TimeSpan RefreshCheckPeriod = TimeSpan.FromHours(1);

    private Task? _refresh;
    private bool _reminderSet;

    private ForecastSeries Series => ForecastSeries.Parse(this.GetPrimaryKeyString());

    public async Task<ForecastAnswer> GetAsync(ForecastMetric metric, int horizon)
    {
        var tenant = (await GrainFactory.GetGrain<ITenantGrain>(Series.Tenant).GetAsync()).Settings;
        var closed = LastClosedDay(tenant);
        if (state.State.Latest is null || state.State.Latest.Missing is not null && state.State.Latest.DataThrough < closed)
        {
            await RefreshAsync(tenant, closed);
        }
        else if (state.State.Latest.DataThrough < closed)
        {
            _ = RefreshAsync(tenant, closed);
        }

        if (!_reminderSet)
        {
            await this.RegisterOrUpdateReminder(RefreshReminder, RefreshCheckPeriod, RefreshCheckPeriod);
            _reminderSet = true;
        }

        var latest = state.State.Latest!;
        if (latest.Missing is not null)
        {
            throw SeriesForecasts.Refusal(latest);
        }

        var forecast = latest.Forecasts.Single(f => f.Metric == metric);
        return new ForecastAnswer(latest.Series, latest.Currency, latest.History!, forecast with { Days = [.. forecast.Days.Take(horizon)] },
            latest.DataThrough, latest.FittedAt, latest.DataThrough < closed);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var tenant = (await GrainFactory.GetGrain<ITenantGrain>(Series.Tenant).GetAsync()).Settings;
        var closed = LastClosedDay(tenant);
        if (state.State.Latest is null || state.State.Latest.DataThrough < closed)
        {
            await RefreshAsync(tenant, closed);
        }
    }

    /// <summary>One refit at a time: callers during a fit share it.</summary>
    private Task RefreshAsync(TenantSettings tenant, DateOnly closed)
    {
        return _refresh ??= FitAsync();

        async Task FitAsync()
        {
            try
            {
                var fitted = await GrainFactory.GetGrain<IForecastFitGrain>(0).FitAsync(Series, closed, tenant.TimeZone, tenant.Currency);
                state.State.Latest = fitted;
                await state.WriteStateAsync();
            }
            finally
            {
                _refresh = null;
            }
        }
    }

    private DateOnly LastClosedDay(TenantSettings tenant) =>
        DailySchedule.LocalDate(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(tenant.TimeZone)).AddDays(-1);
}
