namespace GrainMarketing.Insights.Anomalies;

/// <summary>How much history the expected value stood on: hour of day and day of week, hour of day alone, or the recent level.</summary>
public enum AnomalyBaseline
{
    HourOfWeek,
    HourOfDay,
    Recent,
}
