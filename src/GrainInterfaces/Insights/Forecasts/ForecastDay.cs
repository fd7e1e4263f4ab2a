namespace GrainMarketing.Insights.Forecasts;

/// <summary>One future day: the point forecast and its 80% and 95% conformal intervals (null where the backtest cannot bound it, or a ratio has no denominator).</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ForecastDay")]
public sealed record ForecastDay(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] double? Value,
    [property: Id(2)] double? Lower80,
    [property: Id(3)] double? Upper80,
    [property: Id(4)] double? Lower95,
    [property: Id(5)] double? Upper95);
