using Orleans.Concurrency;

namespace GrainMarketing.Insights.Predictions;

/// <summary>A tenant's campaign-outcome model (keyed by tenant): its versions, which one is live, training on demand and every week, and predictions from the live version.</summary>
public interface ICampaignOutcomeModelGrain : IGrainWithStringKey
{
    /// <summary>Trains a new version from the tenant's history now; it goes live when it beats the baseline and the live version (see <see cref="OutcomeModelVersions.LivePolicy"/>).</summary>
    /// <remarks>
    /// Throws <see cref="Errors.InsufficientHistoryException"/> when the history is too short to train on. A long
    /// history trains for longer than the default call timeout allows, hence the longer one.
    /// </remarks>
    [ResponseTimeout("00:10:00")]
    Task<TrainingResult> TrainAsync();

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
