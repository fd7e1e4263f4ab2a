namespace GrainMarketing.Insights.Forecasts;

/// <summary>What a method forecast from each origin of a rolling backtest: <c>Forecasts[i][h - 1]</c> is day <c>Origins[i] + h - 1</c>.</summary>
public sealed record BacktestForecasts(string Method, int[] Origins, double[][] Forecasts)
{
    /// <summary>Forecasts from every day after <paramref name="firstOrigin"/> up to <paramref name="horizon"/> days ahead, as far as the history reaches.</summary>
    public static BacktestForecasts Run(IForecastMethod method, ForecastHistory history, int firstOrigin, int horizon)
    {
        var origins = Enumerable.Range(firstOrigin, Math.Max(0, history.Count - firstOrigin)).ToArray();
        var forecasts = origins.Select(origin => method.Forecast(history, origin, Math.Min(horizon, history.Count - origin))).ToArray();
        return new BacktestForecasts(method.Name, origins, forecasts);
    }

    /// <summary>The forecast errors (actual minus forecast) of every pair that can judge: the actual observed and no rule change from the origin to the day.</summary>
    public IEnumerable<BacktestError> Errors(ForecastHistory actual)
    {
        for (var i = 0; i < Origins.Length; i++)
        {
            for (var h = 1; h <= Forecasts[i].Length; h++)
            {
                var target = Origins[i] + h - 1;
                var value = actual.Values[target];
                if (!double.IsNaN(value) && !double.IsNaN(Forecasts[i][h - 1]) && !actual.ChangedBetween(Origins[i], target))
                {
                    yield return new BacktestError(Origins[i], h, value - Forecasts[i][h - 1]);
                }
            }
        }
    }
}
