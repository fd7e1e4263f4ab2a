using System.Globalization;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using Microsoft.AspNetCore.Mvc;

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

/// <summary>One rate set by hand.</summary>
/// <param name="Date">The day the rate is for (yyyy-MM-dd); it also holds for up to four days after when none newer is set (weekends, holidays).</param>
/// <param name="Currency">ISO 4217 code of the money converted, not the tenant's own.</param>
/// <param name="Rate">Units of the tenant's currency per one unit of <paramref name="Currency"/>; greater than 0, at most 10 decimals.</param>
public sealed record ExchangeRateEntry(DateOnly? Date, string? Currency, decimal? Rate);

/// <summary>Which days of rates to list: from and to (yyyy-MM-dd, both included); the last 31 days by default, at most 731 days.</summary>
public sealed record ExchangeRatesQuery([FromQuery(Name = "from")] string? From = null, [FromQuery(Name = "to")] string? To = null)
{
    public const int DefaultDays = 31;

    /// <summary>The days asked for, ending <paramref name="today"/> unless told; null with every bad parameter added to <paramref name="errors"/>.</summary>
    public DateRange? Read(DateOnly today, ValidationErrors errors)
    {
        var to = Date("to", To, errors) ?? today;
        var from = Date("from", From, errors) ?? to.AddDays(1 - DefaultDays);
        if (!errors.IsEmpty)
        {
            return null;
        }

        if (from > to)
        {
            errors.Add("from", "Must not be after to.");
        }
        else if (to.DayNumber - from.DayNumber >= ExchangeRateRules.KeptDays)
        {
            errors.Add("to", $"At most {ExchangeRateRules.KeptDays} days at once.");
        }

        return errors.IsEmpty ? new DateRange(from, to) : null;
    }

    private static DateOnly? Date(string field, string? text, ValidationErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, $"'{text}' is not a date (yyyy-MM-dd).");
        return null;
    }
}
