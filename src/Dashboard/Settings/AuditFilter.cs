using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Api.V1.Tenants.Item.Audit;

namespace GrainMarketing.Dashboard.Settings;

/// <summary>
/// The audit page's filters as its URL carries them (<c>?action=member.&amp;from=2026-12-01&amp;to=2026-12-07&amp;before=812</c>),
/// so a filtered trail can be bookmarked; days are whole UTC days, <c>to</c> included.
/// </summary>
public sealed record AuditFilter(string? Action, string? Actor, string? Target, DateOnly? From, DateOnly? To, long? Before)
{
    public const int PageSize = 50;

    /// <summary>The filter a URL's query values give; a day or cursor that does not parse counts as absent.</summary>
    public static AuditFilter FromQuery(string? action, string? actor, string? target, string? from, string? to, string? before) => new(
        Given(action),
        Given(actor),
        Given(target),
        DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? first : null,
        DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last) ? last : null,
        long.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor) ? cursor : null);

    public bool Any => Action is not null || Actor is not null || Target is not null || From is not null || To is not null;

    /// <summary>The API's query: the range as instants, the last day included whole.</summary>
    public void Apply(AuditRequestBuilder.AuditRequestBuilderGetQueryParameters query)
    {
        query.Action = Action;
        query.Actor = Actor;
        query.Target = Target;
        query.From = From is { } first ? Instant(first) : null;
        query.To = To is { } last ? Instant(last.AddDays(1)) : null;
        query.Before = Before?.ToString(CultureInfo.InvariantCulture);
        query.Limit = PageSize.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The URL query values of this filter (null removes a value), for <c>GetUriWithQueryParameters</c>.</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["action"] = Action,
        ["actor"] = Actor,
        ["target"] = Target,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["before"] = Before?.ToString(CultureInfo.InvariantCulture),
    };

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Instant(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
