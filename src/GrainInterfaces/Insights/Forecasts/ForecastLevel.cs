namespace GrainMarketing.Insights.Forecasts;

/// <summary>Whose daily series is forecast: the whole tenant, one campaign, or one platform's campaigns together.</summary>
public enum ForecastLevel
{
    Tenant,
    Campaign,
    Platform,
}
