namespace GrainMarketing.Insights.Anomalies;

/// <summary>A tenant's anomaly settings before and after a change.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.AnomalySettingsChange")]
public sealed record AnomalySettingsChange(
    [property: Id(0)] AnomalySettings Before,
    [property: Id(1)] AnomalySettings After);
