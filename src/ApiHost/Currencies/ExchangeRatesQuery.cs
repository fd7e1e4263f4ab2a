using System.Globalization;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Currencies;

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
