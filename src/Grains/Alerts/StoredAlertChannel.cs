using GrainMarketing.Automation;

namespace GrainMarketing.Alerts;

/// <summary>A channel as the router keeps it: its details with the full URL, and the webhook signing secret, both of which <see cref="ToView"/> keeps from answers.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.StoredAlertChannel")]
public sealed record StoredAlertChannel(
    [property: Id(0)] AlertChannel Details,
    [property: Id(1)] string? Secret)
{
    public Guid Id => Details.Id;

    public string Name => Details.Name;

    public AlertChannelType Type => Details.Type;

    public string? Url => Details.Url;

    public IReadOnlyList<string>? Recipients => Details.Recipients;

    /// <summary>The channel as the API shows it: no secret, and a Slack URL (a credential itself) as its scheme and host.</summary>
    public AlertChannel ToView() => Type == AlertChannelType.Slack ? Details.WithMaskedUrl() : Details;

    /// <summary>Whether it takes alerts of <paramref name="severity"/> when routed by severity or by name.</summary>
    public bool Takes(AlertSeverity severity) => Details.Enabled && severity >= Details.MinSeverity;

    /// <summary>Never the URL or secret, so a log line or exception that prints a channel gives nothing away.</summary>
    public override string ToString() => $"{Type} channel '{Name}' ({Id})";
}
