namespace GrainMarketing.Insights.Anomalies;

/// <summary>Where an anomaly stands: nobody has judged it, or someone said it was real or a false positive.</summary>
public enum AnomalyStatus
{
    Open,
    Real,
    FalsePositive,
}
