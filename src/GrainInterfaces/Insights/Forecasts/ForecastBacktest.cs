namespace GrainMarketing.Insights.Forecasts;

/// <summary>How the method did on the series' own history in a rolling-origin backtest, against seasonal naive.</summary>
/// <param name="Mase">Mean absolute error scaled by seasonal naive's in-sample one-week error; below <paramref name="BaselineMase"/> means better than the baseline.</param>
/// <param name="BaselineMase">The seasonal-naive forecast's MASE on the same backtest days.</param>
/// <param name="Coverage80">Share of backtest days that fell inside the 80% interval known at their origin.</param>
/// <param name="Coverage95">The same for the 95% interval.</param>
/// <param name="Pairs">Origin and day pairs judged.</param>
/// <param name="CoverageDays">Pairs judged for coverage.</param>
/// <param name="CalibratedThrough">The last horizon day whose intervals come from its own backtest errors; later days widen them by the square root of the horizon ratio.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ForecastBacktest")]
public sealed record ForecastBacktest(
    [property: Id(0)] string Baseline,
    [property: Id(1)] double? Mase,
    [property: Id(2)] double? BaselineMase,
    [property: Id(3)] double? Coverage80,
    [property: Id(4)] double? Coverage95,
    [property: Id(5)] int Pairs,
    [property: Id(6)] int CoverageDays,
    [property: Id(7)] int CalibratedThrough);
