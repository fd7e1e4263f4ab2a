namespace GrainMarketing.UnitTests.Insights.Anomalies;

/// <summary>The Numenta Anomaly Benchmark's score of a detector on labelled series, as NAB's sweeper computes it for one threshold.</summary>
/// <remarks>
/// The standard profile weighs a window found by 1, one missed by -1 and a false positive by 0.11. Inside a window only
/// the best detection counts, scaled by where it fell (2·sigmoid(-5x) - 1 at relative position x, -1 at the window's
/// start to 0 past its end, divided by its value at -1 so the earliest detection scores 1); a false positive costs the
/// same sigmoid of its distance past the previous window (the full weight before any window). The first 15% of each
/// series (at most 750 points) is probation and not scored. The normalised score is 100·(raw - null) / (perfect - null)
/// over the corpus, the null detector finding nothing and the perfect one every window at its first point.
/// </remarks>
public sealed class NabScorer(double truePositiveWeight = 1.0, double falsePositiveWeight = 0.11, double falseNegativeWeight = 1.0, double probationPercent = 0.15)
{
    private static readonly double MaxTruePositive = ScaledSigmoid(-1.0);

    public static double ScaledSigmoid(double position) => position >= 3.0 ? -1.0 : (2.0 / (1.0 + Math.Exp(5.0 * position))) - 1.0;

    /// <summary>Scores one series: <paramref name="detections"/>[i] says whether the detector flagged point i.</summary>
    public NabSeriesScore Score(IReadOnlyList<DateTime> timestamps, IReadOnlyList<bool> detections, IReadOnlyList<(DateTime Start, DateTime End)> windows)
    {
        var probation = (int)Math.Min(Math.Floor(probationPercent * timestamps.Count), probationPercent * 5000);
        var ranges = windows
            .Select(w => (Left: Index(timestamps, t => t >= w.Start), Right: Index(timestamps, t => t > w.End) - 1))
            .Where(r => r.Left <= r.Right)
            .ToList();
        var windowScores = ranges.Select(r => r.Right >= probation ? -falseNegativeWeight : (double?)null).ToArray();
        double falsePositives = 0;
        int flagged = 0, flaggedInWindows = 0, falsePositiveCount = 0;
        int? previousRight = null, previousWidth = null;
        for (var i = 0; i < timestamps.Count; i++)
        {
            var w = ranges.FindIndex(r => i >= r.Left && i <= r.Right);
            if (i >= probation && detections[i])
            {
                flagged++;
                if (w >= 0)
                {
                    flaggedInWindows++;
                    var width = ranges[w].Right - ranges[w].Left + 1.0;
                    var sweep = ScaledSigmoid(-(ranges[w].Right - i + 1) / width) * truePositiveWeight / MaxTruePositive;
                    windowScores[w] = Math.Max(windowScores[w] ?? double.MinValue, sweep);
                }
                else
                {
                    falsePositiveCount++;
                    var position = previousRight is { } right ? Math.Abs(right - i) / (previousWidth!.Value - 1.0) : 3.0;
                    falsePositives += ScaledSigmoid(position) * falsePositiveWeight;
                }
            }

            if (w >= 0 && i == ranges[w].Right)
            {
                previousRight = i;
                previousWidth = ranges[w].Right - ranges[w].Left + 1;
            }
        }

        var scored = windowScores.Where(s => s is not null).Select(s => s!.Value).ToList();
        return new NabSeriesScore(
            Raw: scored.Sum() + falsePositives,
            Null: -falseNegativeWeight * scored.Count,
            Perfect: truePositiveWeight * scored.Count,
            Windows: scored.Count,
            WindowsFound: scored.Count(s => s > -falseNegativeWeight),
            Flagged: flagged,
            FlaggedInWindows: flaggedInWindows,
            FalsePositives: falsePositiveCount);
    }

    private static int Index(IReadOnlyList<DateTime> timestamps, Func<DateTime, bool> from)
    {
        for (var i = 0; i < timestamps.Count; i++)
        {
            if (from(timestamps[i]))
            {
                return i;
            }
        }

        return timestamps.Count;
    }
}
