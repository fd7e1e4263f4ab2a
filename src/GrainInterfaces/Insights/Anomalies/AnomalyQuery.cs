using GrainMarketing.Automation;

namespace GrainMarketing.Insights.Anomalies;

/// <summary>One page of a tenant's anomalies, newest first; every filter optional.</summary>
/// <remarks><see cref="From"/> is inclusive and <see cref="To"/> exclusive, on when the anomaly was detected; <see cref="Before"/> is the previous page's <c>next</c>.</remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.AnomalyQuery")]
public sealed record AnomalyQuery
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    [Id(0)] public AnomalyLevel? Level { get; init; }

    /// <summary>The campaign's key or the tenant's slug.</summary>
    [Id(1)] public string? SeriesId { get; init; }

    [Id(2)] public AnomalyMetric? Metric { get; init; }

    [Id(3)] public AlertSeverity? Severity { get; init; }

    [Id(4)] public AnomalyStatus? Status { get; init; }

    [Id(5)] public DateTimeOffset? From { get; init; }

    [Id(6)] public DateTimeOffset? To { get; init; }

    [Id(7)] public int Limit { get; init; } = DefaultLimit;

    [Id(8)] public long? Before { get; init; }

    /// <summary>The anomalies of one incident (<see cref="Anomaly.GroupId"/>).</summary>
    [Id(9)] public Guid? GroupId { get; init; }

    public bool Matches(Anomaly anomaly) =>
        (Level is null || anomaly.Level == Level)
        && (SeriesId is null || anomaly.SeriesId == SeriesId)
        && (Metric is null || anomaly.Metric == Metric)
        && (Severity is null || anomaly.Severity == Severity)
        && (Status is null || anomaly.Status == Status)
        && (From is null || anomaly.DetectedAt >= From)
        && (To is null || anomaly.DetectedAt < To)
        && (Before is null || anomaly.Number < Before)
        && (GroupId is null || anomaly.GroupId == GroupId);
}
