using GrainMarketing.Runs;

namespace GrainMarketing.Insights.Predictions;

/// <summary>A training run as its model grain tracks it: the run, and from its start the stage its worker last reported (<see cref="RunTracker"/>).</summary>
public sealed class TrainingProgress(TrainingRun run, PriorRun? prior)
{
    private RunTracker _tracker = new(run.QueuedAt, prior, TrainingPhases.Waiting);

    public TrainingRun Run { get; private set; } = run;

    public void Begin(DateTimeOffset now)
    {
        Run = Run with { Status = TrainingRunStatus.Running, StartedAt = now };
        _tracker = new RunTracker(now, prior, TrainingPhases.Reading(0, 0));
    }

    public void Advance(RunStage stage) => _tracker.Advance(stage);

    /// <summary>Ends the run: succeeded with <paramref name="result"/>, or failed with <paramref name="error"/> in the phase it had reached.</summary>
    public void End(DateTimeOffset now, TrainingResult? result, string? error) =>
        Run = result is not null
            ? Run with { Status = TrainingRunStatus.Succeeded, FinishedAt = now, Result = result, Progress = RunTracker.Finished }
            : Run with { Status = TrainingRunStatus.Failed, FinishedAt = now, Error = error, Progress = _tracker.Failed() };

    /// <summary>The run as of <paramref name="now"/>: while in progress, with its phase, share done and estimated time left.</summary>
    public TrainingRun Present(DateTimeOffset now) => Run.InProgress ? Run with { Progress = _tracker.At(now) } : Run;
}
