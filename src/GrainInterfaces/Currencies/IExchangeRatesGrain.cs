using GrainMarketing.Campaigns;
using Orleans.Concurrency;

namespace GrainMarketing.Currencies;

/// <summary>A tenant's exchange rates into its own currency (keyed by tenant): set by hand, else derived from the configured reference source.</summary>
/// <remarks>Answers that add money of several currencies ask it for a <see cref="RateBook"/> and convert each day with that day's rate.</remarks>
public interface IExchangeRatesGrain : IGrainWithStringKey
{
    /// <summary>Every rate of the days in <paramref name="range"/>: those set by hand, and the source's where none was set by hand.</summary>
    /// <exception cref="Errors.NotFoundException">No tenant has this id.</exception>
    [ReadOnly]
    Task<ExchangeRateTable> GetAsync(DateRange range);

    /// <summary>Sets rates by hand, replacing those of the same day and currency; durable when the task completes.</summary>
    /// <exception cref="Errors.ValidationFailedException">A rate breaks <see cref="ExchangeRateRules"/>; nothing is stored.</exception>
    Task SetAsync(IReadOnlyList<ExchangeRate> rates);

    /// <summary>The rates of <paramref name="currencies"/> an answer over <paramref name="range"/> may convert with (<see cref="RateBook.CarryDays"/> before it too).</summary>
    [ReadOnly]
    Task<RateBook> GetRatesAsync(IReadOnlyList<string> currencies, DateRange range);
}
