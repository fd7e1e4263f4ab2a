using GrainMarketing.Errors;

namespace GrainMarketing.Insights.Forecasts;

/// <summary>Forecasts a daily series with whichever candidate backtests best on the series itself, with conformal intervals from that backtest.</summary>
/// <remarks>
/// Candidates: seasonal naive (the baseline); additive weekly Holt-Winters without trend, with a linear and with a
/// damped trend (fitted with MathNet); ML.NET boosted trees on lag and calendar features. Each forecasts from every
/// origin after the first three weeks (rolling origin); the one with the smallest mean absolute error is kept, and
/// its errors per horizon bucket give the intervals.
/// </remarks>
public static class DailyForecaster
{
    /// <summary>Days of history a forecast needs: three weeks to start the models and one more to judge them.</summary>
    public const int MinimumDays = 28;

    /// <summary>The first backtest origin: three weeks of history behind it.</summary>
    public const int FirstOrigin = 21;

    public static IForecastMethod[] Candidates() =>
    [
        SeasonalNaive.Instance,
        new SmoothingMethod(SmoothingVariant.Level),
        new SmoothingMethod(SmoothingVariant.Trend),
        new SmoothingMethod(SmoothingVariant.DampedTrend),
        new TreeRegressionMethod(),
    ];

    /// <summary>The forecast of the <paramref name="horizon"/> days after the history by the best of <paramref name="candidates"/> (all of <see cref="Candidates"/> by default).</summary>
    /// <exception cref="InsufficientHistoryException">Fewer than <see cref="MinimumDays"/> days, or too few of them observed.</exception>
    public static SeriesFit Fit(ForecastHistory history, int horizon, IReadOnlyList<IForecastMethod>? candidates = null)
    {
        EnsureEnough(history);
        var baseline = BacktestForecasts.Run(SeasonalNaive.Instance, history, FirstOrigin, horizon);
        var judged = (candidates ?? Candidates())
            .Select(method => (Method: method, Backtest: method is SeasonalNaive ? baseline : BacktestForecasts.Run(method, history, FirstOrigin, horizon)))
            .Select(c => (c.Method, c.Backtest, Error: MeanAbsoluteError(c.Backtest, history)))
            .ToList();
        var best = judged.OrderBy(c => c.Error).First();
        var values = best.Method.Forecast(history, history.Count, horizon);
        return Describe(best.Method.Name, values, best.Backtest, baseline, history);
    }

    /// <summary>The forecast of a ratio (CPA, ROAS) as the ratio of two fitted series' forecasts, its intervals from the ratio's own backtest errors.</summary>
    /// <remarks>
    /// Both fits backtest from the same origins, so each origin's forecast ratio is judged against the day's actual
    /// ratio: the intervals then carry the error of both forecasts and of their division, not an assumed one.
    /// </remarks>
    public static SeriesFit Ratio(ForecastHistory numerator, SeriesFit numeratorFit, ForecastHistory denominator, SeriesFit denominatorFit)
    {
        var actual = new ForecastHistory(
            [.. numerator.Values.Zip(denominator.Values, Divide)],
            [.. numerator.Changes.Zip(denominator.Changes, (a, b) => a || b)]);
        var forecasts = numeratorFit.Backtest.Forecasts
            .Zip(denominatorFit.Backtest.Forecasts, (n, d) => n.Zip(d, Divide).ToArray())
            .ToArray();
        var backtest = new BacktestForecasts(numeratorFit.Method + " / " + denominatorFit.Method, numeratorFit.Backtest.Origins, forecasts);
        var baseline = BacktestForecasts.Run(SeasonalNaive.Instance, actual, backtest.Origins.FirstOrDefault(FirstOrigin), forecasts.Select(f => f.Length).DefaultIfEmpty(1).Max());
        var values = numeratorFit.Values.Zip(denominatorFit.Values, Divide).ToArray();
        return Describe("ratio of forecasts: " + backtest.Method, values, backtest, baseline, actual);
    }

    private static SeriesFit Describe(string method, double[] values, BacktestForecasts backtest, BacktestForecasts baseline, ForecastHistory actual)
    {
        var intervals = new ConformalIntervals(backtest.Errors(actual));
        var steps = Enumerable.Range(1, values.Length).ToArray();
        return new SeriesFit(
            method,
            values,
            [.. steps.Select(h => intervals.HalfWidth(h, 0.80))],
            [.. steps.Select(h => intervals.HalfWidth(h, 0.95))],
            BacktestScore.Of(backtest, baseline, actual, intervals),
            backtest);
    }

    private static double MeanAbsoluteError(BacktestForecasts backtest, ForecastHistory actual)
    {
        var errors = backtest.Errors(actual).Select(e => Math.Abs(e.Error)).ToList();
        return errors.Count == 0 ? double.PositiveInfinity : errors.Average();
    }

    private static double Divide(double numerator, double denominator) =>
        double.IsNaN(numerator) || double.IsNaN(denominator) || denominator <= 0 ? double.NaN : numerator / denominator;

    private static void EnsureEnough(ForecastHistory history)
    {
        var missing = new Dictionary<string, string>();
        if (history.Count < MinimumDays)
        {
            missing["days"] = $"{MinimumDays} needed, {history.Count} recorded";
        }

        if (history.Observed < FirstOrigin)
        {
            missing["observedDays"] = $"{FirstOrigin} needed, {history.Observed} with data";
        }

        if (missing.Count > 0)
        {
            throw new InsufficientHistoryException("A forecast needs at least four weeks of daily history.", missing);
        }
    }
}
