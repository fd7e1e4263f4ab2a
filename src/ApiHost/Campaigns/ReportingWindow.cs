using System.Globalization;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Campaigns;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary>Turns <c>window</c> into what a query covers.</summary>
/// <remarks>
/// Reporting dates in the tenant's zone for today, yesterday, 7d, 30d and custom <c>from</c>/<c>to</c> (rolling
/// windows end today and include it: 7d is today and the six days before), or the last 15m, 1h or 24h of
/// arrivals.
/// </remarks>
public static class ReportingWindow
{
    public const string Default = "30d";
    public const int MaxCustomDays = 3660;

    /// <summary>The tenant's local date at <paramref name="now"/>.</summary>
    public static DateOnly Today(TimeZoneInfo zone, DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    public static QueryWindow Resolve(string? window, string? from, string? to, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = Today(zone, now);
        switch ((window ?? (from is null && to is null ? Default : "custom")).ToLowerInvariant())
        {
            case "15m":
                return QueryWindow.Recent(TimeSpan.FromMinutes(15));
            case "1h":
                return QueryWindow.Recent(TimeSpan.FromHours(1));
            case "24h":
                return QueryWindow.Recent(TimeSpan.FromHours(24));
            case "today":
                return QueryWindow.For(new DateRange(today, today));
            case "yesterday":
                return QueryWindow.For(new DateRange(today.AddDays(-1), today.AddDays(-1)));
            case "7d":
                return QueryWindow.For(new DateRange(today.AddDays(-6), today));
            case "30d":
                return QueryWindow.For(new DateRange(today.AddDays(-29), today));
            case "custom":
                return QueryWindow.For(Custom(from, to));
            default:
                throw ValidationErrors.Refusal("window", "Must be 15m, 1h, 24h, today, yesterday, 7d, 30d, or custom with from and to (yyyy-MM-dd).");
        }
    }

    private static DateRange Custom(string? from, string? to)
    {
        var errors = new ValidationErrors();
        var start = ParseDate(from, "from", errors);
        var end = ParseDate(to, "to", errors);
        if (errors.IsEmpty && end < start)
        {
            errors.Add("to", "Must not be before from.");
        }
        else if (errors.IsEmpty && end.DayNumber - start.DayNumber >= MaxCustomDays)
        {
            errors.Add("to", $"A range may span at most {MaxCustomDays} days.");
        }

        errors.ThrowIfAny();
        return new DateRange(start, end);
    }

    private static DateOnly ParseDate(string? value, string field, ValidationErrors errors)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, "Required for a custom window: a date as yyyy-MM-dd.");
        return default;
    }

    /// <summary>The reporting dates of a window; arrival windows (15m, 1h, 24h) are refused for <paramref name="purpose"/>.</summary>
    public static DateRange RequireDates(QueryWindow window, string purpose) =>
        window.Dates ?? throw ValidationErrors.Refusal("window", $"{purpose} need reporting dates: use today, yesterday, 7d, 30d or from/to.");
}
