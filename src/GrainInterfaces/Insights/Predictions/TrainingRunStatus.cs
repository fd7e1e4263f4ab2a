namespace GrainMarketing.Insights.Predictions;

/// <summary>Where a training run stands: accepted and waiting for its worker, training, or ended.</summary>
public enum TrainingRunStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
