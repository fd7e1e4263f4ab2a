using System.Text.Json;

namespace GrainMarketing.Audit;

/// <summary>One line of the audit trail.</summary>
/// <remarks>
/// <see cref="Before"/> and <see cref="After"/> hold the changed values, never secrets; across grain calls
/// they travel as their raw JSON text (<see cref="Serialization.JsonElementConverter"/>).
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AuditEntry")]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Action,
    [property: Id(2)] string? Actor,
    [property: Id(3)] string? Tenant,
    [property: Id(4)] string? Target,
    [property: Id(5)] JsonElement? Before,
    [property: Id(6)] JsonElement? After,
    [property: Id(7)] string? SourceIp,
    [property: Id(8)] string? UserAgent);
