using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace GrainMarketing.Campaigns;

/// <summary>
/// The API hosts watching a tenant's numbers for their live feeds, told of a change at most once every <see cref="Gap"/>:
/// the first change of a burst at once, the rest of the burst when the gap has passed. A feed so shows new numbers
/// without waiting for its next tick, and a tenant whose campaigns flush all the time costs each host a few messages a second.
/// </summary>
public sealed class ChangeWatchers(string tenant, TimeProvider clock, ILogger logger, Func<Func<Task>, IGrainTimer> registerTimer)
{
    public static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(200);

    private readonly ObserverManager<ITenantChangeObserver> _observers = new(ITenantRollupGrain.ChangeWatchLifetime, logger);
    private DateTimeOffset _lastTold = DateTimeOffset.MinValue;
    private IGrainTimer? _later;
    private bool _pending;

    public void Watch(ITenantChangeObserver observer) => _observers.Subscribe(observer, observer);

    /// <summary>The tenant's numbers changed: the watchers hear of it now, or when the gap since they last heard has passed.</summary>
    public Task ChangedAsync()
    {
        if (_observers.Count == 0 || _pending)
        {
            return Task.CompletedTask;
        }

        var wait = _lastTold + Gap - clock.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            return TellAsync();
        }

        _pending = true;
        (_later ??= registerTimer(TellAsync)).Change(wait, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    private Task TellAsync()
    {
        _pending = false;
        _lastTold = clock.GetUtcNow();
        return _observers.Notify(observer => observer.TenantChangedAsync(tenant));
    }
}
