using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Currencies;

/// <summary>A tenant's rates into its currency: those set by hand win over those derived from the shared <see cref="IReferenceRatesGrain"/> for the same day.</summary>
/// <remarks>
/// Every tenant uses the configured source: nothing is copied per tenant, the cross rates into its currency are derived
/// when asked (<see cref="CrossRates"/>), so a source read reaches every tenant at once and a rate that arrives later fixes
/// every answer asked after it. Rates set by hand are kept for the currency the tenant had when they were set; after the
/// tenant changes its currency they are not used (and the GET answer leaves them out) until set again.
/// </remarks>
[GrainType("exchange-rates")]
public sealed class ExchangeRatesGrain(
    [PersistentState("rates", StorageNames.Default)] IPersistentState<ExchangeRatesState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IExchangeRatesGrain
{
    private string Tenant => this.GetPrimaryKeyString();

    public async Task<ExchangeRateTable> GetAsync(DateRange range)
    {
        var currency = (await SettingsAsync()).Currency;
        var reference = await GrainFactory.GetGrain<IReferenceRatesGrain>(0).GetAsync(range);
        return new ExchangeRateTable(currency, Rates(currency, reference, currencies: null, range), reference.FetchedAt);
    }

    public async Task SetAsync(IReadOnlyList<ExchangeRate> rates)
    {
        var settings = await SettingsAsync();
        var errors = ExchangeRateRules.Validate(rates, settings.Currency, Today(settings));
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var held = state.State;
        if (held.Currency != settings.Currency)
        {
            held.Manual.Clear();
            held.Currency = settings.Currency;
        }

        foreach (var rate in rates)
        {
            if (!held.Manual.TryGetValue(rate.Currency, out var days))
            {
                held.Manual[rate.Currency] = days = [];
            }

            days[rate.Date] = rate.Rate;
        }

        var oldest = Today(settings).AddDays(-ExchangeRateRules.KeptDays);
        foreach (var days in held.Manual.Values)
        {
            while (days.Count > 0 && days.Keys.First() < oldest)
            {
                days.Remove(days.Keys.First());
            }
        }

        await state.WriteStateAsync();
    }

    public async Task<RateBook> GetRatesAsync(IReadOnlyList<string> currencies, DateRange range)
    {
        var currency = (await SettingsAsync()).Currency;
        var read = new DateRange(range.From.AddDays(-RateBook.CarryDays), range.To);
        var reference = await GrainFactory.GetGrain<IReferenceRatesGrain>(0).GetAsync(read);
        return new RateBook(currency, Rates(currency, reference, currencies.ToHashSet(StringComparer.Ordinal), read));
    }

    /// <summary>The source's rates into <paramref name="currency"/> overlaid with those set by hand, oldest first, then by currency.</summary>
    private List<ExchangeRate> Rates(string currency, ReferenceRates reference, HashSet<string>? currencies, DateRange range)
    {
        var rates = new Dictionary<(DateOnly, string), ExchangeRate>();
        foreach (var day in reference.Days)
        {
            foreach (var rate in CrossRates.Into(currency, reference.Base, day, reference.Source))
            {
                if (currencies is null || currencies.Contains(rate.Currency))
                {
                    rates[(rate.Date, rate.Currency)] = rate;
                }
            }
        }

        if (state.State.Currency == currency)
        {
            foreach (var (code, days) in state.State.Manual)
            {
                if (currencies is not null && !currencies.Contains(code))
                {
                    continue;
                }

                foreach (var (date, value) in days)
                {
                    if (date >= range.From && date <= range.To)
                    {
                        rates[(date, code)] = new ExchangeRate(date, code, value);
                    }
                }
            }
        }

        return [.. rates.Values.OrderBy(r => r.Date).ThenBy(r => r.Currency, StringComparer.Ordinal)];
    }

    private async Task<TenantSettings> SettingsAsync() => (await GrainFactory.GetGrain<ITenantGrain>(Tenant).GetAsync()).Settings;

    private DateOnly Today(TenantSettings settings) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone)).DateTime);
}
