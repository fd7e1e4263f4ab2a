namespace GrainMarketing.Analysis;

/// <summary>What a tenant's analysis grain persists: its newest run and the latest scheduled due time it started a run for.</summary>
/// <remarks>
/// Its newest run (a run still <see cref="AnalysisRunStatus.Running"/> at activation was cut short), and
/// the latest scheduled due time it started a run for, with that run, so a late or repeated reminder never
/// starts two runs for one due time.
/// </remarks>
[GenerateSerializer, Alias("GrainMarketing.BehaviorAnalysisState")]
public sealed class BehaviorAnalysisState
{
    [Id(0)] public AnalysisRun? Current { get; set; }

    [Id(1)] public DateTimeOffset? ScheduledDueAt { get; set; }

    [Id(2)] public Guid? ScheduledRun { get; set; }
}
