using GrainMarketing.Errors;
using Orleans.Concurrency;

namespace GrainMarketing.Profiles;

/// <summary>One customer of one tenant (keyed by <see cref="UserKey"/>): a bounded 90-day profile and its patterns.</summary>
/// <remarks>
/// Receives <see cref="UserEventBatch"/>es on its stream (namespace <see cref="UserStreams.Namespace"/>),
/// keeps a bounded 90-day profile and re-evaluates its patterns on every event.
/// </remarks>
public interface IUserProfileGrain : IGrainWithStringKey
{
    /// <summary>Applies a batch directly (the stream consumer calls the same code).</summary>
    Task ApplyAsync(UserEventBatch batch);

    /// <summary>Judges the patterns again now; one-way.</summary>
    /// <remarks>
    /// The pattern clock passes null when time alone may have changed them; the daily analysis passes the
    /// thresholds with its new high-spender threshold, which the silo's cache takes when it is newer than
    /// the cached one (<see cref="BehaviorThresholds.ThresholdAt"/>).
    /// </remarks>
    [OneWay]
    Task RefreshAsync(BehaviorThresholds? thresholds);

    /// <exception cref="NotFoundException">No event of this customer has arrived.</exception>
    [ReadOnly]
    Task<UserProfile> GetProfileAsync();

    /// <summary>The offers the customer sees now, ranked by expected value.</summary>
    /// <remarks>
    /// The offers the customer sees now: the active campaigns that target them and do not hold them out, ranked
    /// by expected value. Answering counts nothing: a delivery is an engagement the app reports.
    /// </remarks>
    Task<IReadOnlyList<Offers.UserOffer>> GetOffersAsync();
}
