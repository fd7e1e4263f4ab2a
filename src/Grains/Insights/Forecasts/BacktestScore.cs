namespace GrainMarketing.Insights.Forecasts;

/// <summary>How a method did in the rolling backtest on the series' own history.</summary>
/// <param name="Mase">Mean absolute error scaled by the seasonal-naive one-week error of the history; null when the history never moves week to week.</param>
/// <param name="BaselineMase">The seasonal-naive forecast's MASE on the same backtest pairs: the bar <paramref name="Mase"/> must clear.</param>
/// <param name="Coverage80">Share of backtest days inside their 80% interval, learnt online (<see cref="ConformalIntervals.ObservedCoverage"/>).</param>
/// <param name="Coverage95">The same for the 95% interval.</param>
/// <param name="Pairs">Origin and day pairs judged.</param>
/// <param name="CoverageDays">Pairs judged for coverage (those with enough earlier errors to have an interval).</param>
/// <param name="CalibratedThrough">The last horizon step whose intervals come from its own backtest errors; later steps are widened from it.</param>
public sealed record BacktestScore(
    double? Mase, double? BaselineMase, double? Coverage80, double? Coverage95, int Pairs, int CoverageDays, int CalibratedThrough)
{
    /// <summary>Scores <paramref name="model"/> against the seasonal-naive <paramref name="baseline"/> on the pairs both forecast.</summary>
    public static BacktestScore Of(BacktestForecasts model, BacktestForecasts baseline, ForecastHistory actual, ConformalIntervals intervals)
    {
        var baselineErrors = baseline.Errors(actual).ToDictionary(e => (e.Origin, e.Step), e => Math.Abs(e.Error));
        var pairs = model.Errors(actual)
            .Where(e => baselineErrors.ContainsKey((e.Origin, e.Step)))
            .Select(e => (Model: Math.Abs(e.Error), Baseline: baselineErrors[(e.Origin, e.Step)]))
            .ToList();
        var scale = actual.SeasonalNaiveScale(actual.Count);
        double? Scaled(double mae) => scale > 0 ? mae / scale : null;
        var (coverage80, days) = intervals.ObservedCoverage(0.80);
        var (coverage95, _) = intervals.ObservedCoverage(0.95);
        return new BacktestScore(
            pairs.Count == 0 ? null : Scaled(pairs.Average(p => p.Model)),
            pairs.Count == 0 ? null : Scaled(pairs.Average(p => p.Baseline)),
            coverage80, coverage95, pairs.Count, days, intervals.CalibratedThrough);
    }
}
