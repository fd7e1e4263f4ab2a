namespace GrainMarketing.Insights.Forecasts;

/// <summary>A way to forecast a daily series from any origin of it, judged by the rolling backtest.</summary>
public interface IForecastMethod
{
    /// <summary>The name the answer reports (<c>holt-winters-damped</c>, <c>seasonal-naive</c> …).</summary>
    string Name { get; }

    /// <summary>Forecasts <paramref name="horizon"/> days after the first <paramref name="origin"/> days, using nothing after them.</summary>
    double[] Forecast(ForecastHistory history, int origin, int horizon);
}
