using GrainMarketing.Runs;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Predictions;

/// <summary>A tenant's campaign-outcome model (keyed by tenant): its versions, which one is live, training runs on demand and every week, and predictions from the live version.</summary>
public interface ICampaignOutcomeModelGrain : IGrainWithStringKey
{
    /// <summary>Starts a training run in the background and answers it queued; a run already in progress is answered instead of a second.</summary>
    /// <remarks>
    /// A manual run first checks that the history suffices and throws <see cref="Errors.InsufficientHistoryException"/>
    /// naming what it lacks; a weekly run that finds too little history fails with that reason. The new version goes
    /// live when it beats the baseline and the live version (see <see cref="OutcomeModelVersions.LivePolicy"/>).
    /// </remarks>
    Task<TrainingRun> StartTrainingAsync(TrainingTrigger trigger);

    /// <summary>One training run, with its progress while it runs.</summary>
    /// <exception cref="Errors.NotFoundException">No such run.</exception>
    [AlwaysInterleave]
    Task<TrainingRun> GetRunAsync(Guid id);

    /// <summary>The newest training runs first.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<TrainingRun>> ListRunsAsync(int limit);

    /// <summary>The worker's report that run <paramref name="run"/> entered <paramref name="stage"/>; a hint, so a lost one only delays the progress shown.</summary>
    [AlwaysInterleave, OneWay]
    Task ReportProgressAsync(Guid run, RunStage stage);

    /// <summary>Every version, newest first, and the live one.</summary>
    /// <remarks>Interleaves with a training run, so the list answers while a model trains.</remarks>
    [AlwaysInterleave]
    Task<OutcomeModelVersions> ListAsync();

    /// <summary>The live version's prediction for <paramref name="plan"/>.</summary>
    /// <remarks>
    /// Interleaves with a training run, so predictions answer from the live version meanwhile. Throws
    /// <see cref="Errors.InsufficientHistoryException"/> when there is no live version, naming what the history lacks.
    /// </remarks>
    [AlwaysInterleave]
    Task<CampaignOutcomePrediction> PredictAsync(PlannedCampaign plan);
}
