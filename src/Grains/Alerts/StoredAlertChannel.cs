using GrainMarketing.Automation;

namespace GrainMarketing.Alerts;

/// <summary>A channel as the router keeps it: with its full URL and signing secret, which <see cref="ToView"/> leaves out.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.StoredAlertChannel")]
public sealed record StoredAlertChannel(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name,
    [property: Id(2)] AlertChannelType Type,
    [property: Id(3)] AlertSeverity MinSeverity,
    [property: Id(4)] bool Enabled,
    [property: Id(5)] string? Url,
    [property: Id(6)] IReadOnlyList<string>? Recipients,
    [property: Id(7)] string? Secret,
    [property: Id(8)] DateTimeOffset CreatedAt,
    [property: Id(9)] string CreatedBy,
    [property: Id(10)] DateTimeOffset UpdatedAt,
    [property: Id(11)] string UpdatedBy,
    [property: Id(12)] DateTimeOffset? SecretRotatedAt)
{
    /// <summary>The channel as the API shows it: no secret, and a Slack URL (a credential itself) as its scheme and host.</summary>
    public AlertChannel ToView() => new(
        Id, Name, Type, MinSeverity, Enabled, Type == AlertChannelType.Slack ? MaskedUrl(Url) : Url, Recipients,
        CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, SecretRotatedAt);

    /// <summary>Whether it takes alerts of <paramref name="severity"/> when routed by severity or by name.</summary>
    public bool Takes(AlertSeverity severity) => Enabled && severity >= MinSeverity;

    /// <summary><c>https://hooks.slack.com/…</c>: enough to recognise, not enough to post.</summary>
    public static string? MaskedUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}/…" : null;

    /// <summary>Never the URL or secret, so a log line or exception that prints a channel gives nothing away.</summary>
    public override string ToString() => $"{Type} channel '{Name}' ({Id})";
}
