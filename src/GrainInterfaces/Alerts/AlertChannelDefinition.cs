using GrainMarketing.Automation;

namespace GrainMarketing.Alerts;

/// <summary>A tenant's alert channel as an admin writes it (the JSON body of the channels API).</summary>
/// <remarks>Missing fields arrive as null and are named by <see cref="AlertChannelValidation"/>.</remarks>
/// <param name="Name">A slug unique in the tenant; rules and alerts name channels by it.</param>
/// <param name="MinSeverity">The least severe alert the channel takes (info when absent).</param>
/// <param name="Url">Webhook and Slack channels: where to POST.</param>
/// <param name="Recipients">Email channels: 1-20 addresses.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AlertChannelDefinition")]
public sealed record AlertChannelDefinition(
    [property: Id(0)] string? Name,
    [property: Id(1)] AlertChannelType? Type,
    [property: Id(2)] AlertSeverity? MinSeverity = null,
    [property: Id(3)] bool Enabled = true,
    [property: Id(4)] string? Url = null,
    [property: Id(5)] IReadOnlyList<string>? Recipients = null);
