namespace GrainMarketing.Insights.Predictions;

/// <summary>Reads a tenant's campaign-days and trains a campaign-outcome model over them (a stateless worker keyed by tenant): the heavy work, off the model grain's turn.</summary>
public interface ICampaignOutcomeTrainingGrain : IGrainWithStringKey
{
    /// <summary>Trains on the tenant's history for run <paramref name="run"/>, reporting each phase to the tenant's model grain, and, when <paramref name="liveVersion"/> is given, scores that version on the new model's held-out days.</summary>
    /// <remarks>
    /// Throws <see cref="Errors.InsufficientHistoryException"/> naming what the history lacks. The model grain waits
    /// for it in a background timer, not a request: a long history trains for longer than the default call timeout allows.
    /// </remarks>
    [ResponseTimeout("00:30:00")]
    Task<TrainedOutcomeModel> TrainAsync(Guid run, int? liveVersion);

    /// <summary>Throws <see cref="Errors.InsufficientHistoryException"/> when the history is too short to train on; returns when it would do.</summary>
    Task CheckHistoryAsync();
}
