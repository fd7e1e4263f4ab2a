using GrainMarketing.Campaigns;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Currencies;

/// <summary>Holds the configured source's reference rates for every tenant; the silos' <see cref="ReferenceRatesFetcher"/> fills it.</summary>
[GrainType("reference-rates")]
public sealed class ReferenceRatesGrain(
    [PersistentState("rates", StorageNames.Default)] IPersistentState<ReferenceRatesState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IReferenceRatesGrain
{
    public async Task ImportAsync(ReferenceRates rates)
    {
        var held = state.State;
        if (held.Source != rates.Source || held.Base != rates.Base)
        {
            // Another source or base: the days held are in other terms and cannot be mixed with these.
            held.Days.Clear();
            held.Source = rates.Source;
            held.Base = rates.Base;
        }

        foreach (var day in rates.Days)
        {
            held.Days[day.Date] = new Dictionary<string, decimal>(day.Rates, StringComparer.Ordinal);
        }

        var oldest = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-ExchangeRateRules.KeptDays);
        while (held.Days.Count > 0 && held.Days.Keys.First() < oldest)
        {
            held.Days.Remove(held.Days.Keys.First());
        }

        held.FetchedAt = rates.FetchedAt;
        await state.WriteStateAsync();
    }

    public Task<ReferenceRates> GetAsync(DateRange range)
    {
        var held = state.State;
        return Task.FromResult(new ReferenceRates(
            held.Source,
            held.Base,
            [.. held.Days.Where(d => d.Key >= range.From && d.Key <= range.To).Select(d => new ReferenceRateDay(d.Key, d.Value))],
            held.FetchedAt));
    }
}
