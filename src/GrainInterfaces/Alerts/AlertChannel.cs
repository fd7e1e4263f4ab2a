using GrainMarketing.Automation;

namespace GrainMarketing.Alerts;

/// <summary>A stored channel as the API shows it: never its signing secret, a Slack URL (itself a credential) only as its scheme and host, and a webhook's URL whole to the tenant's admins only.</summary>
/// <param name="SecretRotatedAt">Webhooks: when the current signing secret was made.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AlertChannel")]
public sealed record AlertChannel(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name,
    [property: Id(2)] AlertChannelType Type,
    [property: Id(3)] AlertSeverity MinSeverity,
    [property: Id(4)] bool Enabled,
    [property: Id(5)] string? Url,
    [property: Id(6)] IReadOnlyList<string>? Recipients,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] string CreatedBy,
    [property: Id(9)] DateTimeOffset UpdatedAt,
    [property: Id(10)] string UpdatedBy,
    [property: Id(11)] DateTimeOffset? SecretRotatedAt)
{
    /// <summary>The channel with its URL as <see cref="MaskedUrl"/>: what a caller who may not change it sees, since a URL can carry a credential.</summary>
    public AlertChannel WithMaskedUrl() => this with { Url = MaskedUrl(Url) };

    /// <summary><c>https://hooks.slack.com/…</c>: enough to recognise, not enough to post.</summary>
    public static string? MaskedUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}/…" : null;
}
