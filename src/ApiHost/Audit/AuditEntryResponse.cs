using System.Text.Json;
using GrainMarketing.Audit;

namespace GrainMarketing.ApiHost.Audit;

/// <summary>An entry of a tenant's trail as the API shows it.</summary>
/// <param name="Id">Grows with every entry; pass a page's <c>next</c> as <c>before</c> to read on.</param>
/// <param name="Actor">An email, <c>key:{tenant}.{keyId}</c> for an API key, <c>rule:{id}</c> for an automation rule, or null.</param>
/// <param name="Before">The changed values before the action, when it changed something.</param>
/// <param name="After">The changed values after the action.</param>
public sealed record AuditEntryResponse(
    long Id,
    DateTimeOffset At,
    string Action,
    string? Actor,
    string? Target,
    JsonElement? Before,
    JsonElement? After,
    string? SourceIp,
    string? UserAgent)
{
    public static AuditEntryResponse From(AuditRecord record) => new(
        record.Id,
        record.Entry.At,
        record.Entry.Action,
        record.Entry.Actor,
        record.Entry.Target,
        record.Entry.Before,
        record.Entry.After,
        record.Entry.SourceIp,
        record.Entry.UserAgent);
}
