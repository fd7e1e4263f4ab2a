namespace GrainMarketing.UnitTests.Insights.Anomalies;

public sealed class NabScorerTests
{
    // Ten hourly points, one labelled window over points 4-7; 15% probation is the first point.
    private static readonly DateTime[] Timestamps = [.. Enumerable.Range(0, 10).Select(h => new DateTime(2011, 7, 1, h, 0, 0, DateTimeKind.Utc))];
    private static readonly (DateTime, DateTime)[] Window = [(Timestamps[4], Timestamps[7])];

    [Fact]
    public void ADetectionAtTheWindowsFirstPointScoresTheWholeTruePositiveWeight()
    {
        var score = new NabScorer().Score(Timestamps, Flags(4), Window);

        Assert.Equal(1.0, score.Raw, 6);
        Assert.Equal(100, NabSeriesScore.Normalised([score]), 6);
    }

    [Fact]
    public void ALateDetectionScoresLessAndFalsePositivesCostBySigmoidDistance()
    {
        // At point 7 the position is -(7 - 7 + 1) / 4 = -0.25: (2 / (1 + e^-1.25) - 1) / (2 / (1 + e^-5) - 1) = 0.5622.
        // Point 9 is 2 / 3 of a width past the window: (2 / (1 + e^(10/3)) - 1) * 0.11 = -0.1024. Point 2 precedes every window: -0.11.
        var score = new NabScorer().Score(Timestamps, Flags(2, 7, 9), Window);

        Assert.Equal(0.5622 - 0.1024 - 0.11, score.Raw, 3);
        Assert.Equal(100 * (score.Raw + 1) / 2, NabSeriesScore.Normalised([score]), 6);
        Assert.Equal((1, 3, 1, 2), (score.WindowsFound, score.Flagged, score.FlaggedInWindows, score.FalsePositives));
    }

    [Fact]
    public void AMissedWindowScoresTheNullDetectorsScoreAndProbationIsNotScored()
    {
        var score = new NabScorer().Score(Timestamps, Flags(0), Window);

        Assert.Equal(-1.0, score.Raw, 6);
        Assert.Equal(0, NabSeriesScore.Normalised([score]), 6);
        Assert.Equal(0, score.Flagged);
    }

    private static bool[] Flags(params int[] points) => [.. Enumerable.Range(0, 10).Select(points.Contains)];
}
