using GrainMarketing.Runs;

namespace GrainMarketing.Insights.Predictions;

/// <summary>The phases of a training run and the share of the run each one starts at.</summary>
/// <remarks>
/// The shares follow where the time goes: fitting the boosted trees is most of a run (about 13 s of 15 on
/// 100,000 campaign-days, docs/benchmarks.md), reading the campaigns' days most of the rest. The estimate of the
/// time left does not rest on these shares once an earlier run's speed per row is known (<see cref="RunEstimate"/>).
/// </remarks>
public static class TrainingPhases
{
    public const string Queued = "queued";
    public const string ReadingHistory = "reading history";
    public const string BuildingRows = "building rows";
    public const string Evaluating = "evaluating against the live version";
    public const string Registering = "registering";

    private const double TrainingFrom = 0.3;
    private const double TrainingTo = 0.9;

    public static RunStage Waiting { get; } = new(Queued, 0, null);

    /// <summary>Reading the days of <paramref name="read"/> campaigns of <paramref name="campaigns"/> so far.</summary>
    public static RunStage Reading(int read, int campaigns) => new(ReadingHistory, campaigns == 0 ? 0 : 0.25 * read / campaigns, null);

    public static RunStage Building(int rows) => new(BuildingRows, 0.25, rows);

    /// <summary>Fitting the model of <paramref name="outcome"/>, the <paramref name="index"/>th (from 0) of <paramref name="count"/>.</summary>
    public static RunStage Fitting(CampaignOutcome outcome, int index, int count, int rows) =>
        new($"training the {EnumNames.Camel(outcome)} model ({index + 1} of {count})", TrainingFrom + (TrainingTo - TrainingFrom) * index / count, rows);

    public static RunStage Evaluation(int rows) => new(Evaluating, TrainingTo, rows);

    public static RunStage Registration(int rows) => new(Registering, 0.95, rows);
}
