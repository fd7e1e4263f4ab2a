using GrainMarketing.Automation;

namespace GrainMarketing.Alerts;

/// <summary>One page of a tenant's alerts, newest first.</summary>
/// <remarks>
/// Every filter is optional: <see cref="Channel"/> keeps alerts with a delivery to that channel name;
/// <see cref="From"/> is inclusive and <see cref="To"/> exclusive (on when the router took them);
/// <see cref="Before"/> is the previous page's <c>next</c>.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AlertHistoryQuery")]
public sealed record AlertHistoryQuery
{
    public const int DefaultLimit = 50;
    /// <summary>As the audit trail's pages, whose query-string rules the API shares.</summary>
    public const int MaxLimit = 500;

    [Id(0)] public AlertSeverity? Severity { get; init; }

    [Id(1)] public string? Kind { get; init; }

    [Id(2)] public string? Channel { get; init; }

    [Id(3)] public AlertStatus? Status { get; init; }

    [Id(4)] public Guid? RuleId { get; init; }

    [Id(5)] public DateTimeOffset? From { get; init; }

    [Id(6)] public DateTimeOffset? To { get; init; }

    [Id(7)] public int Limit { get; init; } = DefaultLimit;

    [Id(8)] public long? Before { get; init; }
}
