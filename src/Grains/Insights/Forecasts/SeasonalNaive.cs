namespace GrainMarketing.Insights.Forecasts;

/// <summary>The named baseline: each future day is the last observed value on the same weekday.</summary>
public sealed class SeasonalNaive : IForecastMethod
{
    public static readonly SeasonalNaive Instance = new();

    public string Name => "seasonal-naive";

    public double[] Forecast(ForecastHistory history, int origin, int horizon)
    {
        var forecast = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            forecast[h] = double.NaN;
            for (var t = origin + h - HoltWinters.Period; t >= 0; t -= HoltWinters.Period)
            {
                if (t < origin && !double.IsNaN(history.Values[t]))
                {
                    forecast[h] = history.Values[t];
                    break;
                }
            }
        }

        return forecast;
    }
}
