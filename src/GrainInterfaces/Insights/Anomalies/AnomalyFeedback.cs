namespace GrainMarketing.Insights.Anomalies;

/// <summary>An anomaly before and after a verdict, and the threshold its series now needs.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.AnomalyFeedback")]
public sealed record AnomalyFeedback(
    [property: Id(0)] Anomaly Before,
    [property: Id(1)] Anomaly After,
    [property: Id(2)] double SeriesThreshold,
    [property: Id(3)] int SeriesFalsePositives);
