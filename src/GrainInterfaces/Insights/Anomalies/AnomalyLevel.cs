namespace GrainMarketing.Insights.Anomalies;

/// <summary>Whose series an anomaly is on.</summary>
public enum AnomalyLevel
{
    Campaign,
    Tenant,
}
