namespace GrainMarketing.UnitTests.Insights.Anomalies;

/// <summary>A detector's NAB score on one series, its null and perfect scores, and the counts precision and recall come from.</summary>
public sealed record NabSeriesScore(double Raw, double Null, double Perfect, int Windows, int WindowsFound, int Flagged, int FlaggedInWindows, int FalsePositives)
{
    /// <summary>NAB's normalised score over several series: 100 is perfect, 0 the detector that finds nothing.</summary>
    public static double Normalised(IReadOnlyCollection<NabSeriesScore> scores) =>
        100 * (scores.Sum(s => s.Raw) - scores.Sum(s => s.Null)) / (scores.Sum(s => s.Perfect) - scores.Sum(s => s.Null));

    /// <summary>Flagged points that fell inside a labelled window, of all flagged points past probation.</summary>
    public static double Precision(IReadOnlyCollection<NabSeriesScore> scores) =>
        scores.Sum(s => s.Flagged) == 0 ? 0 : (double)scores.Sum(s => s.FlaggedInWindows) / scores.Sum(s => s.Flagged);

    /// <summary>Labelled windows with at least one detection, of all windows past probation.</summary>
    public static double Recall(IReadOnlyCollection<NabSeriesScore> scores) =>
        (double)scores.Sum(s => s.WindowsFound) / scores.Sum(s => s.Windows);
}
