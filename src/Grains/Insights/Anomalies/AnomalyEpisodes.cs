namespace GrainMarketing.Insights.Anomalies;

/// <summary>Which of up to 32 series are in an anomalous episode, so an anomaly that lasts is reported when it starts and not again at every point.</summary>
/// <remarks>An episode ends at the first point judged inside the band.</remarks>
[GenerateSerializer, Alias("GrainMarketing.Insights.AnomalyEpisodes")]
public sealed class AnomalyEpisodes
{
    [Id(0)] private int _open;

    /// <summary>Records a judgement of series <paramref name="series"/>; true when it is anomalous and starts an episode.</summary>
    public bool Report(int series, bool anomalous)
    {
        var bit = 1 << series;
        var started = anomalous && (_open & bit) == 0;
        _open = anomalous ? _open | bit : _open & ~bit;
        return started;
    }

    /// <summary>True while series <paramref name="series"/> is in an episode already reported.</summary>
    public bool IsOpen(int series) => (_open & (1 << series)) != 0;
}
