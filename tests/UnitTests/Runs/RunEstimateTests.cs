using GrainMarketing.Runs;

namespace GrainMarketing.UnitTests.Runs;

public sealed class RunEstimateTests
{
    private static readonly PriorRun Previous = new(TimeSpan.FromSeconds(40), 20_000, "campaign-day");

    [Fact]
    public void WithTheRunsSizeKnownThePreviousRunsSpeedPerUnitTimesItLessTheElapsedIsLeft()
    {
        var progress = RunEstimate.Of(new RunStage("building rows", 0.25, 30_000), TimeSpan.FromSeconds(12), Previous);

        Assert.Equal(("building rows", 0.25, 48.0), (progress.Phase, progress.Fraction, progress.EstimatedSecondsLeft));
        Assert.Equal("the previous run's 2 ms per campaign-day times this run's 30,000, less the 12 s elapsed", progress.EstimateBasis);
    }

    [Fact]
    public void BeforeTheSizeIsKnownThePreviousRunsWholeDurationLessTheElapsedIsLeft()
    {
        var progress = RunEstimate.Of(new RunStage("reading history", 0.1, null), TimeSpan.FromSeconds(5), Previous);

        Assert.Equal(35.0, progress.EstimatedSecondsLeft);
        Assert.StartsWith("the previous run took 40 s", progress.EstimateBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void ARunSlowerThanThePreviousOneFallsBackOnItsOwnMeasuredSpeed()
    {
        var progress = RunEstimate.Of(new RunStage("training", 0.8, 20_000), TimeSpan.FromSeconds(60), Previous);

        Assert.Equal(15.0, progress.EstimatedSecondsLeft);
        Assert.Equal("this run's speed so far: 80% done in 60 s", progress.EstimateBasis);
    }

    [Fact]
    public void WithoutAPreviousRunTheMeasuredSpeedEstimatesAndBeforeAnyWorkNothingDoes()
    {
        var measured = RunEstimate.Of(new RunStage("training", 0.5, 10), TimeSpan.FromSeconds(30), null);
        var unknown = RunEstimate.Of(new RunStage("reading history", 0, null), TimeSpan.FromSeconds(3), null);

        Assert.Equal(30.0, measured.EstimatedSecondsLeft);
        Assert.Null(unknown.EstimatedSecondsLeft);
        Assert.StartsWith("unknown", unknown.EstimateBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void AFinishedRunHasNothingLeft() =>
        Assert.Equal(new RunProgress("registering", 1, 0, "finished"), RunEstimate.Of(new RunStage("registering", 1.2, 5), TimeSpan.FromSeconds(9), Previous));

    [Fact]
    public void ATrackerIgnoresAStageBehindItsCurrentOneAndKeepsTheKnownSize()
    {
        var start = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);
        var tracker = new RunTracker(start, null, new RunStage("reading history", 0, null));

        tracker.Advance(new RunStage("building rows", 0.25, 500));
        tracker.Advance(new RunStage("reading history", 0.2, null));
        tracker.Advance(new RunStage("training", 0.3, null));

        Assert.Equal(new RunStage("training", 0.3, 500), tracker.Stage);
        Assert.Equal(70.0, tracker.At(start.AddSeconds(30)).EstimatedSecondsLeft);
    }
}
