namespace GrainMarketing.Insights.Forecasts;

/// <summary>The forecast cache of one series (keyed by <see cref="ForecastSeries"/>): refitted when the tenant's day closes, answered from memory.</summary>
public interface IForecastGrain : IGrainWithStringKey
{
    /// <summary>The metric's forecast for the next <paramref name="horizon"/> days (1-90) from the cache; the first query of a series waits for its fit.</summary>
    /// <exception cref="Errors.InsufficientHistoryException">The series is too short to forecast.</exception>
    Task<ForecastAnswer> GetAsync(ForecastMetric metric, int horizon);
}
