namespace GrainMarketing.Analysis;

public enum AnalysisRunStatus
{
    Running,
    Succeeded,
    Failed,
}
