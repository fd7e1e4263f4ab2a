using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Api.V1.Tenants.Item.Alerts;

namespace GrainMarketing.Dashboard.Alerts;

/// <summary>
/// The alert history's filters as the alerts page's URL carries them (<c>?severity=error&amp;status=failed&amp;kind=rule.&amp;channel=ops&amp;before=812</c>),
/// so a filtered history can be bookmarked and shared.
/// </summary>
public sealed record AlertFilter(string? Severity, string? Status, string? Kind, string? Channel, long? Before)
{
    public const int PageSize = 25;

    public static readonly IReadOnlyList<string> Severities = ["info", "warning", "error", "critical"];

    public static readonly IReadOnlyList<string> Statuses = ["pending", "delivered", "failed", "suppressed", "unrouted"];

    public static readonly AlertFilter None = new(null, null, null, null, null);

    /// <summary>The filter a URL's query values give; a severity or status the API does not know, or a cursor that does not parse, counts as absent.</summary>
    public static AlertFilter FromQuery(string? severity, string? status, string? kind, string? channel, string? before) => new(
        Known(severity, Severities),
        Known(status, Statuses),
        Given(kind),
        Given(channel),
        long.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor) ? cursor : null);

    public bool Any => Severity is not null || Status is not null || Kind is not null || Channel is not null;

    public void Apply(AlertsRequestBuilder.AlertsRequestBuilderGetQueryParameters query)
    {
        query.Severity = Severity;
        query.Status = Status;
        query.Kind = Kind;
        query.Channel = Channel;
        query.Before = Before?.ToString(CultureInfo.InvariantCulture);
        query.Limit = PageSize.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The URL query values of this filter (null removes a value), for <c>GetUriWithQueryParameters</c>.</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["severity"] = Severity,
        ["status"] = Status,
        ["kind"] = Kind,
        ["channel"] = Channel,
        ["before"] = Before?.ToString(CultureInfo.InvariantCulture),
    };

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Known(string? value, IReadOnlyList<string> known) => Given(value) is { } given && known.Contains(given, StringComparer.Ordinal) ? given : null;
}
