namespace GrainMarketing.Tenants;

/// <summary>
/// Passes access changes (memberships, keys, ended logins) to every subscribed API host. One
/// activation (key 0) serves the cluster: such changes are rare, a few per minute at most.
/// Subscriptions expire unless renewed, so a host that died is forgotten.
/// </summary>
public interface IAccessChangeHubGrain : IGrainWithIntegerKey
{
    Task SubscribeAsync(IAccessChangeObserver observer);

    Task UnsubscribeAsync(IAccessChangeObserver observer);

    Task PublishAsync(AccessChange change);
}
