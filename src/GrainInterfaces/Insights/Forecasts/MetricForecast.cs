namespace GrainMarketing.Insights.Forecasts;

/// <summary>One metric's forecast from a fitted series: the method the backtest chose, its evidence and the future days.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetricForecast")]
public sealed record MetricForecast(
    [property: Id(0)] ForecastMetric Metric,
    [property: Id(1)] string Method,
    [property: Id(2)] ForecastBacktest Backtest,
    [property: Id(3)] IReadOnlyList<ForecastDay> Days);
