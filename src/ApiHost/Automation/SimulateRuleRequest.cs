using System.Globalization;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Campaigns;

namespace GrainMarketing.ApiHost.Automation;

/// <summary>What to backtest a rule over: reporting dates in the tenant's time zone, both included, and optionally an earlier kept version of the rule.</summary>
/// <param name="From">The first day judged, yyyy-MM-dd.</param>
/// <param name="To">The last day judged, yyyy-MM-dd, at most the tenant's today and 366 days after <paramref name="From"/> (inclusive).</param>
/// <param name="Version">A kept version of the rule; its current version when absent.</param>
public sealed record SimulateRuleRequest(string? From = null, string? To = null, int? Version = null)
{
    /// <summary>The dates as a range, or null with every bad field added to <paramref name="errors"/>.</summary>
    public DateRange? Range(DateOnly today, ValidationErrors errors)
    {
        var from = Date(From, "from", errors);
        var to = Date(To, "to", errors);
        if (to > today)
        {
            errors.Add("to", $"Must not be after the tenant's today ({today:yyyy-MM-dd}): days still to come have no numbers.");
        }

        return from is { } start && to is { } end ? new DateRange(start, end) : null;
    }

    private static DateOnly? Date(string? value, string field, ValidationErrors errors)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, "Required: a date as yyyy-MM-dd.");
        return null;
    }
}
