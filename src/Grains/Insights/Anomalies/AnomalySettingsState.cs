namespace GrainMarketing.Insights.Anomalies;

/// <summary>A tenant's anomaly settings and the false positives reported per series.</summary>
[GenerateSerializer, Alias("GrainMarketing.Insights.AnomalySettingsState")]
public sealed class AnomalySettingsState
{
    /// <summary>Series remembered at most; the series changed longest ago is forgotten first.</summary>
    public const int MaxSeries = 2_000;

    [Id(0)] public AnomalySettings Settings { get; set; } = AnomalySettings.Default;

    [Id(1)] public Dictionary<string, int> FalsePositives { get; set; } = [];

    /// <summary>The order series were last changed in, oldest first, to bound <see cref="FalsePositives"/>.</summary>
    [Id(2)] public List<string> Changed { get; set; } = [];

    public void Count(string seriesKey, int change)
    {
        var count = Math.Max(FalsePositives.GetValueOrDefault(seriesKey) + change, 0);
        Changed.Remove(seriesKey);
        if (count == 0)
        {
            FalsePositives.Remove(seriesKey);
            return;
        }

        FalsePositives[seriesKey] = count;
        Changed.Add(seriesKey);
        while (Changed.Count > MaxSeries)
        {
            FalsePositives.Remove(Changed[0]);
            Changed.RemoveAt(0);
        }
    }

    public AnomalyTuning Tuning() => new(Settings, new Dictionary<string, int>(FalsePositives));
}
