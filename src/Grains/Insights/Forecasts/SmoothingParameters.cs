namespace GrainMarketing.Insights.Forecasts;

/// <summary>The smoothing weights of an additive weekly Holt-Winters model: level, trend, season and the trend's damping.</summary>
public sealed record SmoothingParameters(SmoothingVariant Variant, double Alpha, double Beta, double Gamma, double Phi);
