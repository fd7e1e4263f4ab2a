namespace GrainMarketing.Experiments;

/// <summary>Whether an experiment still takes in data.</summary>
public enum ExperimentStatus
{
    Running,
    Stopped,
}
