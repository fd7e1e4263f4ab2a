using GrainMarketing.Tenants;

namespace GrainMarketing.Currencies;

/// <summary>What makes a rate set by hand valid; both the API host (400 before any grain call) and the rates grain check it.</summary>
public static class ExchangeRateRules
{
    /// <summary>Days of rates a tenant keeps, about two years; older days are dropped.</summary>
    public const int KeptDays = 731;

    /// <summary>Rates in one request at most.</summary>
    public const int MaxRates = 5_000;

    /// <summary>Decimal places a rate may have; more would claim a precision no source has.</summary>
    public const int MaxDecimals = 10;

    /// <summary>Every broken rule keyed by the field as the JSON body names it (<c>rates[2].rate</c>); empty when all are valid.</summary>
    /// <param name="tenantCurrency">The tenant's currency: a rate from it into itself is refused.</param>
    /// <param name="today">The tenant's date today: a rate may be dated at most one day later (zones ahead of the tenant's) and at most <see cref="KeptDays"/> earlier.</param>
    public static Dictionary<string, string[]> Validate(IReadOnlyList<ExchangeRate>? rates, string tenantCurrency, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (rates is null || rates.Count == 0)
        {
            errors["rates"] = ["Must list at least one rate."];
            return errors;
        }

        if (rates.Count > MaxRates)
        {
            errors["rates"] = [$"At most {MaxRates} rates per request."];
            return errors;
        }

        var seen = new HashSet<(DateOnly, string)>();
        for (var i = 0; i < rates.Count; i++)
        {
            var rate = rates[i];
            var field = $"rates[{i}]";
            if (rate.Date > today.AddDays(1) || rate.Date < today.AddDays(-KeptDays))
            {
                errors[$"{field}.date"] = [$"Must be a day from {today.AddDays(-KeptDays):yyyy-MM-dd} to {today.AddDays(1):yyyy-MM-dd}."];
            }

            if (!TenantRules.IsIsoCurrency(rate.Currency))
            {
                errors[$"{field}.currency"] = [$"'{rate.Currency}' is not an ISO 4217 currency code (for example 'USD')."];
            }
            else if (rate.Currency == tenantCurrency)
            {
                errors[$"{field}.currency"] = [$"'{rate.Currency}' is the tenant's own currency: it needs no rate."];
            }
            else if (!seen.Add((rate.Date, rate.Currency)))
            {
                errors[field] = [$"A second rate for {rate.Currency} on {rate.Date:yyyy-MM-dd}."];
            }

            if (rate.Rate <= 0)
            {
                errors[$"{field}.rate"] = ["Must be greater than 0."];
            }
            else if (rate.Rate.Scale > MaxDecimals && rate.Rate != decimal.Round(rate.Rate, MaxDecimals))
            {
                errors[$"{field}.rate"] = [$"At most {MaxDecimals} decimal places."];
            }
        }

        return errors;
    }
}
