using System.Globalization;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Reads query-string values sent as text, so that a query naming several bad values is answered with all of them.</summary>
/// <remarks>Each reader adds its field's reason to a <see cref="ValidationErrors"/> and returns null. An empty value counts as absent.</remarks>
public static class QueryValues
{
    /// <summary>Times as ISO 8601: a date (midnight UTC), or a date and time with an optional fraction and offset (UTC without one).</summary>
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    public static string? Given(string? value) => string.IsNullOrEmpty(value) ? null : value;

    public static DateTimeOffset? Time(string? value, string field, ValidationErrors errors)
    {
        if (Given(value) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        errors.Add(field, "Must be an ISO 8601 time such as 2026-11-23T10:00:00Z (an offset's + is %2B in a URL), or a date such as 2026-11-23 (midnight UTC).");
        return null;
    }

    /// <summary>A time range whose end, when both are given, is after its start.</summary>
    public static (DateTimeOffset? From, DateTimeOffset? To) Range(string? from, string? to, ValidationErrors errors)
    {
        var start = Time(from, "from", errors);
        var end = Time(to, "to", errors);
        if (start is not null && end is not null && start >= end)
        {
            errors.Add("to", "Must be after from.");
        }

        return (start, end);
    }

    public static int Limit(string? value, int defaultLimit, int maxLimit, ValidationErrors errors)
    {
        if (Given(value) is not { } text)
        {
            return defaultLimit;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= maxLimit)
        {
            return limit;
        }

        errors.Add("limit", $"Must be a whole number from 1 to {maxLimit}.");
        return defaultLimit;
    }

    /// <summary>The paging cursor: the <c>next</c> of a previous page.</summary>
    public static long? Cursor(string? value, ValidationErrors errors)
    {
        if (Given(value) is not { } text)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor) && cursor > 0)
        {
            return cursor;
        }

        errors.Add("before", "Must be a positive whole number: the next of a previous page.");
        return null;
    }

    /// <summary>An enum value by its name in any case (never a number); null when absent, refused as "Must be one of <paramref name="names"/>."</summary>
    public static T? Named<T>(string? value, string field, string names, ValidationErrors errors)
        where T : struct, Enum =>
        Named<T>(value, field, errors, $"Must be one of {names}.");

    /// <summary>An enum value by its name in any case (never a number); null when absent, refused for <paramref name="reason"/>.</summary>
    public static T? Named<T>(string? value, string field, ValidationErrors errors, string reason)
        where T : struct, Enum
    {
        if (Given(value) is not { } text)
        {
            return null;
        }

        if (char.IsLetter(text[0]) && Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        errors.Add(field, reason);
        return null;
    }

    /// <summary>An id such as a rule's (a GUID); null when absent.</summary>
    public static Guid? Id(string? value, string field, string what, ValidationErrors errors)
    {
        if (Given(value) is not { } text)
        {
            return null;
        }

        if (Guid.TryParse(text, out var id))
        {
            return id;
        }

        errors.Add(field, $"Must be {what} (a GUID).");
        return null;
    }

    public static bool? Flag(string? value, string field, ValidationErrors errors)
    {
        if (Given(value) is not { } text)
        {
            return null;
        }

        if (bool.TryParse(text, out var flag))
        {
            return flag;
        }

        errors.Add(field, "Must be true or false.");
        return null;
    }
}
