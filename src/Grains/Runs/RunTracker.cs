namespace GrainMarketing.Runs;

/// <summary>The stage a running run last reached and the previous run that times it: its progress at any moment.</summary>
/// <remarks>
/// Progress is computed when the run is read, so the time left counts down between stages. Stages reported as
/// one-way hints may arrive out of order, so a stage behind the current one is ignored; the run's size, once
/// known, is kept by the stages after it.
/// </remarks>
public sealed class RunTracker(DateTimeOffset startedAt, PriorRun? prior, RunStage first)
{
    public const string Done = "done";

    public RunStage Stage { get; private set; } = first;

    public void Advance(RunStage stage)
    {
        if (stage.Fraction >= Stage.Fraction)
        {
            Stage = stage with { Units = stage.Units ?? Stage.Units };
        }
    }

    public RunProgress At(DateTimeOffset now) => RunEstimate.Of(Stage, now - startedAt, prior);

    /// <summary>The progress of a run that succeeded.</summary>
    public static RunProgress Finished { get; } = new(Done, 1, 0, "finished");

    /// <summary>The progress of a run that failed: the phase it failed in, with nothing left to estimate.</summary>
    public RunProgress Failed() => new(Stage.Phase, Stage.Fraction, null, "failed in this phase");
}
