using System.Globalization;
using GrainMarketing.Audit;
using GrainMarketing.Errors;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Audit;

/// <summary>
/// The query string of <c>GET /api/v1/tenants/{tenant}/audit</c> as sent. Values are read as text
/// so that every bad one is named at once; an empty value counts as absent.
/// </summary>
public sealed class AuditQueryString
{
    /// <summary>Times as ISO 8601: a date (midnight UTC), or a date and time with an optional fraction and offset (UTC without one).</summary>
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>An action (<c>key.created</c>), or a prefix ending in <c>.</c> or <c>*</c> (<c>member.</c>).</summary>
    [FromQuery(Name = "action")]
    public string? Action { get; set; }

    /// <summary>Who acted: an email, or <c>key:{tenant}.{keyId}</c> for an API key.</summary>
    [FromQuery(Name = "actor")]
    public string? Actor { get; set; }

    /// <summary>What was acted on, such as a member's email or a key's prefix.</summary>
    [FromQuery(Name = "target")]
    public string? Target { get; set; }

    /// <summary>Entries at or after this time (ISO 8601).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; set; }

    /// <summary>Entries before this time (ISO 8601).</summary>
    [FromQuery(Name = "to")]
    public string? To { get; set; }

    /// <summary>Entries per page, 1-500 (50 when absent).</summary>
    [FromQuery(Name = "limit")]
    public string? Limit { get; set; }

    /// <summary>The <c>next</c> of the previous page: entries with a smaller id.</summary>
    [FromQuery(Name = "before")]
    public string? Before { get; set; }

    /// <summary>The query for <paramref name="tenant"/>; a <see cref="ValidationFailedException"/> naming every bad value otherwise.</summary>
    public AuditQuery ToQuery(string tenant)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var from = Time(From, "from", errors);
        var to = Time(To, "to", errors);
        if (from is not null && to is not null && from >= to)
        {
            errors["to"] = ["Must be after from."];
        }

        var limit = AuditQuery.DefaultLimit;
        if (Given(Limit) is { } limitText && !(int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit)
            && limit is >= 1 and <= AuditQuery.MaxLimit))
        {
            errors["limit"] = [$"Must be a whole number from 1 to {AuditQuery.MaxLimit}."];
        }

        long? before = null;
        if (Given(Before) is { } beforeText)
        {
            before = long.TryParse(beforeText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
            if (before is null)
            {
                errors["before"] = ["Must be a positive whole number: the next of a previous page."];
            }
        }

        return errors.Count > 0
            ? throw new ValidationFailedException(errors)
            : new AuditQuery(tenant)
            {
                Action = Given(Action),
                Actor = Given(Actor),
                Target = Given(Target),
                From = from,
                To = to,
                Limit = limit,
                Before = before,
            };
    }

    private static string? Given(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static DateTimeOffset? Time(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (Given(value) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        errors[field] = ["Must be an ISO 8601 time such as 2026-11-23T10:00:00Z (an offset's + is %2B in a URL), or a date such as 2026-11-23 (midnight UTC)."];
        return null;
    }
}
