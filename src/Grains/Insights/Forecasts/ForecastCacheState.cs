namespace GrainMarketing.Insights.Forecasts;

/// <summary>A series' last fit, kept so a reactivated cache answers at once.</summary>
[GenerateSerializer, Alias("GrainMarketing.ForecastCacheState")]
public sealed class ForecastCacheState
{
    [Id(0)] public ForecastSet? Latest { get; set; }
}
