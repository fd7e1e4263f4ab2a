using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace GrainMarketing.Tenants;

[GrainType("access-change-hub")]
public sealed class AccessChangeHubGrain(ILogger<AccessChangeHubGrain> logger) : Grain, IAccessChangeHubGrain
{
    /// <summary>How long a subscription lasts without renewal; API hosts renew well within it.</summary>
    public static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(3);

    private readonly ObserverManager<IAccessChangeObserver> _observers = new(SubscriptionLifetime, logger);

    public Task SubscribeAsync(IAccessChangeObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IAccessChangeObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task PublishAsync(AccessChange change) => _observers.Notify(observer => observer.AccessChangedAsync(change));
}
