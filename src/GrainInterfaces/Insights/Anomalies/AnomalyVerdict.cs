namespace GrainMarketing.Insights.Anomalies;

/// <summary>A person's judgement of an anomaly.</summary>
public enum AnomalyVerdict
{
    Real,
    FalsePositive,
}
