namespace GrainMarketing.Analysis;

/// <summary>Why an analysis ran: the tenant's daily hour came, or someone asked (run-now).</summary>
public enum AnalysisTrigger
{
    Schedule,
    Manual,
}
