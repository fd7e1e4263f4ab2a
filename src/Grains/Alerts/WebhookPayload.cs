using System.Text.Json;
using System.Text.Json.Serialization;
using GrainMarketing.Automation;

namespace GrainMarketing.Alerts;

/// <summary>The camelCase JSON body a webhook channel receives.</summary>
/// <remarks>
/// <c>{id, kind, severity, title, text, tenant, ruleId, target, fields, occurredAt, attempt}</c>, where
/// <c>id</c> is the alert's (the same on every channel and attempt) and <c>attempt</c> counts from 1.
/// </remarks>
public sealed record WebhookPayload(
    Guid Id,
    string Kind,
    AlertSeverity Severity,
    string Title,
    string Text,
    string Tenant,
    Guid? RuleId,
    string? Target,
    IReadOnlyDictionary<string, string>? Fields,
    DateTimeOffset OccurredAt,
    int Attempt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static WebhookPayload For(DeliveryJob job) => new(
        job.AlertId, job.Alert.Kind, job.Alert.Severity, job.Alert.Title, job.Alert.Text, job.Tenant,
        job.Alert.RuleId, job.Alert.Target, job.Alert.Fields, job.Alert.OccurredAt, job.Attempt);

    /// <summary>The body as sent and signed: UTF-8 JSON.</summary>
    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, Json);
}
