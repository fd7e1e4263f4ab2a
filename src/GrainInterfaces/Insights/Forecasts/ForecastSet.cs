namespace GrainMarketing.Insights.Forecasts;

/// <summary>Every metric's forecast of one series as fitted after a closed day (or why it could not be), as the cache holds it.</summary>
/// <param name="DataThrough">The last closed day (tenant's zone) the fit saw.</param>
/// <param name="Missing">When the history was too short: each requirement and what there is; the forecasts are then empty.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ForecastSet")]
public sealed record ForecastSet(
    [property: Id(0)] ForecastSeries Series,
    [property: Id(1)] string Currency,
    [property: Id(2)] DateOnly DataThrough,
    [property: Id(3)] DateTimeOffset FittedAt,
    [property: Id(4)] ForecastHistoryUsed? History,
    [property: Id(5)] IReadOnlyList<MetricForecast> Forecasts,
    [property: Id(6)] IReadOnlyDictionary<string, string>? Missing)
{
    /// <summary>Days ahead every fit forecasts; a query takes the first 1 to this many.</summary>
    public const int Horizon = 90;
}
