using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Currencies;

namespace GrainMarketing.ApiHost.Currencies;

/// <summary>Rates set by hand: each replaces the rate of its day and currency.</summary>
public sealed record SetExchangeRatesRequest(IReadOnlyList<ExchangeRateEntry?>? Rates)
{
    /// <summary>The rates, codes upper-cased, or every missing field added to <paramref name="errors"/> by its place (<c>rates[2].rate</c>).</summary>
    public IReadOnlyList<ExchangeRate> Read(ValidationErrors errors)
    {
        var rates = new List<ExchangeRate>();
        for (var i = 0; i < (Rates?.Count ?? 0); i++)
        {
            var entry = Rates![i] ?? new ExchangeRateEntry(null, null, null);
            if (entry.Date is null)
            {
                errors.Add($"rates[{i}].date", "Required (yyyy-MM-dd).");
            }

            if (string.IsNullOrWhiteSpace(entry.Currency))
            {
                errors.Add($"rates[{i}].currency", "Required: an ISO 4217 code such as USD.");
            }

            if (entry.Rate is null)
            {
                errors.Add($"rates[{i}].rate", "Required: units of the tenant's currency per unit of this one.");
            }

            rates.Add(new ExchangeRate(entry.Date ?? DateOnly.MinValue, entry.Currency?.Trim().ToUpperInvariant() ?? "", entry.Rate ?? 0m));
        }

        return rates;
    }
}
