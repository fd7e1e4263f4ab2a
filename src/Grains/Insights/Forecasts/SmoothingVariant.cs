namespace GrainMarketing.Insights.Forecasts;

/// <summary>Which trend an additive weekly Holt-Winters model carries.</summary>
public enum SmoothingVariant
{
    /// <summary>Level and weekly season, no trend.</summary>
    Level,

    /// <summary>Level, linear trend and weekly season.</summary>
    Trend,

    /// <summary>Level, damped trend (it flattens out as the horizon grows) and weekly season.</summary>
    DampedTrend,
}
