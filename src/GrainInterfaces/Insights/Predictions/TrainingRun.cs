using GrainMarketing.Runs;

namespace GrainMarketing.Insights.Predictions;

/// <summary>One training run of a tenant's campaign-outcome model: why and when it ran, how far it got, and the version it produced or why it failed.</summary>
/// <param name="StartedAt">When its worker began; null while queued.</param>
/// <param name="Progress">The phase, the share done and the estimated time left; once ended, the phase it ended in.</param>
/// <param name="Result">The version it registered, its held-out metrics and whether it went live (and why); null unless it succeeded.</param>
/// <param name="Error">Why it failed; null unless it failed.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Predictions.TrainingRun")]
public sealed record TrainingRun(
    [property: Id(0)] Guid Id,
    [property: Id(1)] TrainingTrigger Trigger,
    [property: Id(2)] TrainingRunStatus Status,
    [property: Id(3)] DateTimeOffset QueuedAt,
    [property: Id(4)] DateTimeOffset? StartedAt,
    [property: Id(5)] DateTimeOffset? FinishedAt,
    [property: Id(6)] RunProgress Progress,
    [property: Id(7)] TrainingResult? Result,
    [property: Id(8)] string? Error)
{
    /// <summary>Queued or running: the tenant's one run in progress.</summary>
    public bool InProgress => Status is TrainingRunStatus.Queued or TrainingRunStatus.Running;
}
