using System.Text.Json;

namespace GrainMarketing.ApiHost.Audit;

/// <summary>One line of the audit trail. <see cref="Before"/> and <see cref="After"/> hold the changed values, never secrets.</summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string Action,
    string? Actor,
    string? Tenant,
    string? Target,
    JsonElement? Before,
    JsonElement? After,
    string? SourceIp,
    string? UserAgent);
