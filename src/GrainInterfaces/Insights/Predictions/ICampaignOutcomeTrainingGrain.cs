namespace GrainMarketing.Insights.Predictions;

/// <summary>Reads a tenant's campaign-days and trains a campaign-outcome model over them (a stateless worker keyed by tenant): the heavy work, off the model grain's turn.</summary>
public interface ICampaignOutcomeTrainingGrain : IGrainWithStringKey
{
    /// <summary>Trains on the tenant's history and, when <paramref name="liveVersion"/> is given, scores that version on the new model's held-out days.</summary>
    /// <remarks>Throws <see cref="Errors.InsufficientHistoryException"/> naming what the history lacks.</remarks>
    [ResponseTimeout("00:10:00")]
    Task<TrainedOutcomeModel> TrainAsync(int? liveVersion);

    /// <summary>Throws <see cref="Errors.InsufficientHistoryException"/> when the history is too short to train on; returns when it would do.</summary>
    Task CheckHistoryAsync();
}
