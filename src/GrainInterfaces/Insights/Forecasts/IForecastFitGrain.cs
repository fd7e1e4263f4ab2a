using Orleans.Concurrency;

namespace GrainMarketing.Insights.Forecasts;

/// <summary>Fits every metric of a series over its history, off any ingesting grain's turn (a stateless worker).</summary>
public interface IForecastFitGrain : IGrainWithIntegerKey
{
    /// <summary>The forecasts of <paramref name="series"/> for the 90 days after <paramref name="through"/>, from the days up to it.</summary>
    [ReadOnly]
    Task<ForecastSet> FitAsync(ForecastSeries series, DateOnly through, string timeZone, string currency);
}
