namespace GrainMarketing.Insights.Forecasts;

/// <summary>A forecast query's answer: the series, the history used, the metric's forecast cut to the horizon, and how fresh it is.</summary>
/// <param name="Stale">True while a newer closed day is being fitted; the answer is the last fit's.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ForecastAnswer")]
public sealed record ForecastAnswer(
    [property: Id(0)] ForecastSeries Series,
    [property: Id(1)] string Currency,
    [property: Id(2)] ForecastHistoryUsed History,
    [property: Id(3)] MetricForecast Forecast,
    [property: Id(4)] DateOnly DataThrough,
    [property: Id(5)] DateTimeOffset FittedAt,
    [property: Id(6)] bool Stale);
