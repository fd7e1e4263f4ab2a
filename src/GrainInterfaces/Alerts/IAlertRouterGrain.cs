using GrainMarketing.Errors;
using Orleans.Concurrency;

namespace GrainMarketing.Alerts;

/// <summary>A tenant's alert channels and their deliveries (keyed by the tenant's slug).</summary>
/// <remarks>
/// Rules and the restatement checks raise alerts here; it routes each to the channels that take its
/// severity.
/// </remarks>
public interface IAlertRouterGrain : IGrainWithStringKey
{
    /// <summary>Records the alert and starts its deliveries at once; retries go on in the background.</summary>
    /// <remarks>Completes without waiting for any receiver, so a rule's turn never waits on a slow webhook.</remarks>
    Task RaiseAsync(Alert alert);

    /// <summary>Stores a channel; a webhook gets a new signing secret, answered only here and by <see cref="RotateSecretAsync"/>.</summary>
    /// <exception cref="ValidationFailedException">The channel breaks <see cref="AlertChannelValidation"/>.</exception>
    /// <exception cref="ConflictException">The name is taken, or the tenant has the most channels allowed.</exception>
    Task<AlertChannelWithSecret> CreateChannelAsync(AlertChannelDefinition definition, string actor);

    /// <summary>Replaces a channel's settings; its type and secret stay.</summary>
    /// <exception cref="NotFoundException">No such channel.</exception>
    /// <exception cref="ValidationFailedException">The channel breaks <see cref="AlertChannelValidation"/> or changes type.</exception>
    /// <exception cref="ConflictException">Another channel has the name.</exception>
    Task<AlertChannelChange> UpdateChannelAsync(Guid id, AlertChannelDefinition definition, string actor);

    /// <summary>Deletes a channel; its pending deliveries fail at their next attempt.</summary>
    /// <exception cref="NotFoundException">No such channel.</exception>
    Task<AlertChannelChange> DeleteChannelAsync(Guid id);

    /// <summary>Gives a webhook channel a new signing secret; the old one stops signing at once.</summary>
    /// <exception cref="NotFoundException">No such channel.</exception>
    /// <exception cref="ConflictException">The channel is not a webhook.</exception>
    Task<AlertChannelWithSecret> RotateSecretAsync(Guid id, string actor);

    /// <exception cref="NotFoundException">No such channel.</exception>
    [ReadOnly]
    Task<AlertChannel> GetChannelAsync(Guid id);

    /// <summary>Every channel, by name.</summary>
    [ReadOnly]
    Task<IReadOnlyList<AlertChannel>> ListChannelsAsync();

    /// <summary>Raises a <c>channel.test</c> alert to this channel alone, enabled or not and whatever its severity routing, with one attempt and no retries.</summary>
    /// <remarks>Completes once the attempt has started.</remarks>
    /// <exception cref="NotFoundException">No such channel.</exception>
    Task<AlertChannelTest> TestChannelAsync(Guid id, string actor);

    /// <summary>The outcome of a channel test's attempt, waiting up to <paramref name="timeout"/> for it.</summary>
    /// <remarks>
    /// Null if it has not come by then (or the test is unknown to this activation). Interleaves with other calls,
    /// since the outcome it waits for arrives through one.
    /// </remarks>
    [AlwaysInterleave]
    Task<AlertDeliveryAttempt?> WaitForTestAsync(Guid deliveryId, TimeSpan timeout);
}
