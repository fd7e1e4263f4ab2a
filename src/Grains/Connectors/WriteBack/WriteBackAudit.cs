using System.Text.Json;
using GrainMarketing.Audit;
using GrainMarketing.Automation;

namespace GrainMarketing.Connectors.WriteBack;

/// <summary>The audit trail's line for a change's step towards the platform: <c>automation.platform.sent</c>, <c>.confirmed</c>, <c>.failed</c>, <c>.dryRun</c>.</summary>
/// <remarks>The actor is the connection (<c>connection:{id}</c>); the value is the field's, with the platform's form, the reason and the firing.</remarks>
public static class WriteBackAudit
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static AuditEntry Entry(string tenant, Guid connection, PendingPlatformChange change, DateTimeOffset at) => new(
        at,
        $"automation.platform.{JsonNamingPolicy.CamelCase.ConvertName(change.State.ToString())}",
        $"connection:{connection}",
        tenant,
        change.Target,
        null,
        JsonSerializer.SerializeToElement(new Dictionary<string, object?>
        {
            [change.Field] = change.To,
            ["sent"] = change.Sent,
            ["reason"] = change.Reason,
            ["firingId"] = change.FiringId,
        }, Json),
        null,
        null);
}
