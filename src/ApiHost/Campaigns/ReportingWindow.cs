using System.Globalization;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary>
/// Turns <c>window</c> (today, yesterday, 7d, 30d, custom with <c>from</c>/<c>to</c>) into reporting
/// dates in the tenant's zone. Rolling windows end today and include it: 7d is today and the six days before.
/// </summary>
public static class ReportingWindow
{
    public const string Default = "30d";
    public const int MaxCustomDays = 3660;

    public static DateRange Resolve(string? window, string? from, string? to, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        switch ((window ?? (from is null && to is null ? Default : "custom")).ToLowerInvariant())
        {
            case "today":
                return new DateRange(today, today);
            case "yesterday":
                return new DateRange(today.AddDays(-1), today.AddDays(-1));
            case "7d":
                return new DateRange(today.AddDays(-6), today);
            case "30d":
                return new DateRange(today.AddDays(-29), today);
            case "custom":
                return Custom(from, to);
            case "15m" or "1h" or "24h":
                throw Invalid("window", $"The real-time window '{window}' is not available yet; use today, yesterday, 7d, 30d or from/to dates.");
            default:
                throw Invalid("window", "Must be today, yesterday, 7d, 30d, or custom with from and to (yyyy-MM-dd).");
        }
    }

    private static DateRange Custom(string? from, string? to)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var start = ParseDate(from, "from", errors);
        var end = ParseDate(to, "to", errors);
        if (errors.Count == 0 && end < start)
        {
            errors["to"] = ["Must not be before from."];
        }
        else if (errors.Count == 0 && end.DayNumber - start.DayNumber >= MaxCustomDays)
        {
            errors["to"] = [$"A range may span at most {MaxCustomDays} days."];
        }

        return errors.Count == 0 ? new DateRange(start, end) : throw new ValidationFailedException(errors);
    }

    private static DateOnly ParseDate(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = ["Required for a custom window: a date as yyyy-MM-dd."];
        return default;
    }

    private static ValidationFailedException Invalid(string field, string reason) =>
        new(new Dictionary<string, string[]> { [field] = [reason] });
}
