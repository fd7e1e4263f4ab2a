using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Alerts;

/// <summary>The new-channel form: each kind asks for its own fields, and only those are sent.</summary>
public sealed class ChannelDraft
{
    public string Name { get; set; } = "";

    public AlertChannelType? Type { get; set; } = AlertChannelType.Webhook;

    public AlertSeverity? MinSeverity { get; set; } = AlertSeverity.Warning;

    public string Url { get; set; } = "";

    /// <summary>Email addresses as typed: one a line, or separated by commas or semicolons.</summary>
    public string Recipients { get; set; } = "";

    public bool TakesUrl => Type is AlertChannelType.Webhook or AlertChannelType.Slack;

    public bool TakesRecipients => Type == AlertChannelType.Email;

    public AlertChannelDefinition ToDefinition() => new()
    {
        Name = Name.Trim(),
        Type = Type,
        MinSeverity = MinSeverity,
        Enabled = true,
        Url = TakesUrl ? Url.Trim() : null,
        Recipients = TakesRecipients
            ? [.. Recipients.Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : null,
    };
}
