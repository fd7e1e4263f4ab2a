namespace GrainMarketing.Insights.Anomalies;

/// <summary>A series an anomaly detector watches: a sum or a ratio of the hour's totals.</summary>
public enum AnomalyMetric
{
    Spend,
    Impressions,
    Ctr,
    Cpc,
    Cpa,
    Conversions,
    ConversionValue,
}
