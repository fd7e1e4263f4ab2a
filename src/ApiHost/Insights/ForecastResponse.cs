using GrainMarketing.Insights.Forecasts;

namespace GrainMarketing.ApiHost.Insights;

/// <summary>A forecast as the API answers it: the series, the history used, per future day the value and its intervals, the method and its backtest, and freshness.</summary>
public sealed record ForecastResponse(
    ForecastLevel Level,
    string Id,
    ForecastMetric Metric,
    string Currency,
    int Horizon,
    ForecastHistoryUsed History,
    string Method,
    ForecastBacktest Backtest,
    IReadOnlyList<ForecastDay> Days,
    ForecastFreshness Freshness)
{
    public static ForecastResponse From(ForecastAnswer answer, int horizon) => new(
        answer.Series.Level,
        answer.Series.Id,
        answer.Forecast.Metric,
        answer.Currency,
        horizon,
        // A fit cached before unconverted days were recorded has none: it is refitted when the tenant's next day closes.
        answer.History with { Unconverted = answer.History.Unconverted ?? [] },
        answer.Forecast.Method,
        answer.Forecast.Backtest,
        answer.Forecast.Days,
        new ForecastFreshness(answer.DataThrough, answer.FittedAt, answer.Stale));
}
