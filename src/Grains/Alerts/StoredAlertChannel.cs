using GrainMarketing.Automation;
using GrainMarketing.Secrets;

namespace GrainMarketing.Alerts;

/// <summary>A channel as the router keeps it: its details with the full URL, and the webhook signing secret, both of which <see cref="ToView"/> keeps from answers.</summary>
/// <remarks>In the router's state the URL and the secret are protected (<see cref="Protect"/>); the router reveals a channel to use it.</remarks>
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

    /// <summary>The channel with its URL and secret encrypted, as the router stores it; parts already encrypted stay as they are.</summary>
    public StoredAlertChannel Protect(SecretProtector secrets) =>
        new(Details with { Url = secrets.Protect(Url) }, secrets.Protect(Secret));

    /// <summary>The channel with its URL and secret readable, from what the router stored (encrypted, or plain from before encryption).</summary>
    public StoredAlertChannel Reveal(SecretProtector secrets) =>
        new(Details with { Url = secrets.Reveal(Url) }, secrets.Reveal(Secret));

    /// <summary>Whether it takes alerts of <paramref name="severity"/> when routed by severity or by name.</summary>
    public bool Takes(AlertSeverity severity) => Details.Enabled && severity >= Details.MinSeverity;

    /// <summary>Never the URL or secret, so a log line or exception that prints a channel gives nothing away.</summary>
    public override string ToString() => $"{Type} channel '{Name}' ({Id})";
}
