using GrainMarketing.Alerts;
using GrainMarketing.Automation;

namespace GrainMarketing.ApiHost.Alerts;

/// <summary>A channel as the audit trail records it: the URL's host only, since its path and query can carry a credential.</summary>
public sealed record AlertChannelAudit(Guid Id, string Name, AlertChannelType Type, string? Host, AlertSeverity MinSeverity, bool Enabled)
{
    public static AlertChannelAudit? From(AlertChannel? channel) => channel is null ? null : new(
        channel.Id, channel.Name, channel.Type,
        Uri.TryCreate(channel.Url, UriKind.Absolute, out var url) ? url.Host : null,
        channel.MinSeverity, channel.Enabled);
}
