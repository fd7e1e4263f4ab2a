namespace GrainMarketing.Experiments;

/// <summary>An experiment as created: its definition, the sample size it needs, who started it, and when it started and stopped.</summary>
/// <param name="Id">Unique within the tenant, such as <c>exp-7</c>.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Experiment")]
public sealed record Experiment(
    [property: Id(0)] string Id,
    [property: Id(1)] ExperimentDraft Draft,
    [property: Id(2)] SampleSize SampleSize,
    [property: Id(3)] ExperimentStatus Status,
    [property: Id(4)] DateTimeOffset StartedAt,
    [property: Id(5)] DateTimeOffset? StoppedAt,
    [property: Id(6)] string CreatedBy,
    [property: Id(7)] long Sequence);
