using GrainMarketing.Automation;

namespace GrainMarketing.Alerts;

/// <summary>An alert as history keeps it, with every delivery attempt, oldest first.</summary>
/// <param name="Id">Grows with every alert of the store; a page's <c>next</c> is the <c>before</c> of the following page.</param>
/// <param name="RaisedAt">When the router took it (its own clock), as against when it happened.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AlertHistoryEntry")]
public sealed record AlertHistoryEntry(
    [property: Id(0)] long Id,
    [property: Id(1)] Guid AlertId,
    [property: Id(2)] string Kind,
    [property: Id(3)] AlertSeverity Severity,
    [property: Id(4)] string Title,
    [property: Id(5)] string Text,
    [property: Id(6)] string DedupKey,
    [property: Id(7)] DateTimeOffset OccurredAt,
    [property: Id(8)] DateTimeOffset RaisedAt,
    [property: Id(9)] AlertStatus Status,
    [property: Id(10)] Guid? RuleId,
    [property: Id(11)] string? Target,
    [property: Id(12)] IReadOnlyDictionary<string, string>? Fields,
    [property: Id(13)] IReadOnlyList<AlertDeliveryAttempt> Attempts);
