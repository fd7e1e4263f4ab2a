using Orleans.Concurrency;

namespace GrainMarketing.Insights.Forecasts;

/// <summary>Fits every metric of a series over its history, off any ingesting grain's turn (a stateless worker).</summary>
public interface IForecastFitGrain : IGrainWithIntegerKey
{
    /// <summary>The forecasts of <paramref name="series"/> for the 90 days after <paramref name="through"/>, from the days up to it.</summary>
    /// <param name="currency">The tenant's: a tenant or platform series is in it; a campaign series is in the campaign's own when it names one.</param>
    [ReadOnly]
    Task<ForecastSet> FitAsync(ForecastSeries series, DateOnly through, string timeZone, string currency);
}
