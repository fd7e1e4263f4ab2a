namespace GrainMarketing.Tenants;

/// <summary>Passes access changes (memberships, keys, ended logins) to every subscribed API host.</summary>
/// <remarks>
/// One activation (key 0) serves the cluster: such changes are rare, a few per minute at most.
/// Subscriptions expire unless renewed, so a host that died is forgotten.
/// </remarks>
public interface IAccessChangeHubGrain : IGrainWithIntegerKey
{
    Task SubscribeAsync(IAccessChangeObserver observer);

    Task UnsubscribeAsync(IAccessChangeObserver observer);

    Task PublishAsync(AccessChange change);
}
