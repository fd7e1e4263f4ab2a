namespace GrainMarketing.Insights.Anomalies;

/// <summary>A tenant's anomaly settings with the false positives people reported per series (keyed by <see cref="SeriesKey"/>).</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.AnomalyTuning")]
public sealed record AnomalyTuning(
    [property: Id(0)] AnomalySettings Settings,
    [property: Id(1)] IReadOnlyDictionary<string, int> FalsePositives)
{
    /// <summary>Each false positive raises a series' threshold by this factor, up to <see cref="MaxFalsePositivesCounted"/> times.</summary>
    public const double FalsePositiveStep = 1.2;
    public const int MaxFalsePositivesCounted = 6;

    public static readonly AnomalyTuning Default = new(AnomalySettings.Default, new Dictionary<string, int>());

    public static string SeriesKey(AnomalyLevel level, string seriesId, AnomalyMetric metric) => $"{level}:{seriesId}:{metric}";

    /// <summary>The score the series needs: the tenant's threshold, raised for each false positive reported on it.</summary>
    public double Threshold(AnomalyLevel level, string seriesId, AnomalyMetric metric) =>
        Settings.BaseThreshold * Math.Pow(FalsePositiveStep, Math.Min(FalsePositives.GetValueOrDefault(SeriesKey(level, seriesId, metric)), MaxFalsePositivesCounted));
}
