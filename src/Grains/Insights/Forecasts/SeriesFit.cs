namespace GrainMarketing.Insights.Forecasts;

/// <summary>The forecast of one series by the method that backtested best: point values per future day, conformal half-widths and the backtest's evidence.</summary>
/// <param name="HalfWidth80">Per future day, how far either side of the value the 80% interval reaches; null when the backtest cannot say.</param>
/// <param name="Backtest">The chosen method's backtest forecasts, kept so a ratio of two series can be judged on the same origins.</param>
public sealed record SeriesFit(
    string Method,
    double[] Values,
    double?[] HalfWidth80,
    double?[] HalfWidth95,
    BacktestScore Score,
    BacktestForecasts Backtest);
