namespace GrainMarketing.Insights.Forecasts;

/// <summary>Additive weekly Holt-Winters of one variant, its weights fitted on the whole weeks before the origin.</summary>
/// <remarks>
/// Fitting on whole weeks only lets every origin of a week share one fit, so a rolling backtest fits a seventh as
/// often as it forecasts and no fit sees a day after the origin it serves, whatever order origins come in.
/// </remarks>
public sealed class SmoothingMethod(SmoothingVariant variant) : IForecastMethod
{
    private readonly Dictionary<(ForecastHistory History, int Week), SmoothingParameters> _fitted = [];

    public SmoothingVariant Variant => variant;

    public string Name => variant switch
    {
        SmoothingVariant.Level => "holt-winters-additive",
        SmoothingVariant.Trend => "holt-winters-additive-trend",
        _ => "holt-winters-additive-damped-trend",
    };

    public double[] Forecast(ForecastHistory history, int origin, int horizon)
    {
        var week = origin / HoltWinters.Period;
        if (!_fitted.TryGetValue((history, week), out var parameters))
        {
            _fitted[(history, week)] = parameters = HoltWinters.Fit(history, week * HoltWinters.Period, variant);
        }

        return HoltWinters.Forecast(history, origin, horizon, parameters);
    }
}
