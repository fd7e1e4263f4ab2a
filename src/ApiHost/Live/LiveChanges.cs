using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Campaigns;

namespace GrainMarketing.ApiHost.Live;

/// <summary>
/// This host's watch on the tenants it has live feeds for: one subscription to each tenant's rollup however many feeds
/// are open, renewed while any is, and every feed of the tenant woken when its numbers change.
/// </summary>
/// <remarks>
/// If the cluster cannot be reached the feeds still tick once a second, and a change shows on the next tick. A watch is
/// never withdrawn (a new feed of the same tenant could race it): it lapses after <see cref="ITenantRollupGrain.ChangeWatchLifetime"/>.
/// </remarks>
public sealed partial class LiveChanges(IClusterClient cluster, TimeProvider clock, ILogger<LiveChanges> logger) : ITenantChangeObserver
{
    private static readonly TimeSpan RenewPeriod = ITenantRollupGrain.ChangeWatchLifetime / 3;

    private readonly Dictionary<string, TenantWatch> _tenants = new(StringComparer.Ordinal);
    private ITenantChangeObserver? _self;

    public Task TenantChangedAsync(string tenant)
    {
        lock (_tenants)
        {
            if (_tenants.TryGetValue(tenant, out var watch))
            {
                foreach (var feed in watch.Feeds)
                {
                    feed.Changed();
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Starts waking a feed of <paramref name="tenant"/>; disposing the answer stops it (and the watch, with the tenant's last feed).</summary>
    public LiveWake Watch(string tenant)
    {
        lock (_tenants)
        {
            _self ??= cluster.CreateObjectReference<ITenantChangeObserver>(this);
            if (!_tenants.TryGetValue(tenant, out var watch))
            {
                watch = new TenantWatch();
                _tenants[tenant] = watch;
                _ = RenewAsync(tenant, _self, watch.Stop.Token);
            }

            var wake = new LiveWake(clock, feed => Leave(tenant, feed));
            watch.Feeds.Add(wake);
            return wake;
        }
    }

    private void Leave(string tenant, LiveWake wake)
    {
        lock (_tenants)
        {
            var watch = _tenants[tenant];
            watch.Feeds.Remove(wake);
            if (watch.Feeds.Count == 0)
            {
                _tenants.Remove(tenant);
                watch.Stop.Cancel();
                watch.Stop.Dispose();
            }
        }
    }

    /// <summary>Renews the watch until the tenant's last feed here closes; the watch then lapses on its own.</summary>
    private Task RenewAsync(string tenant, ITenantChangeObserver self, CancellationToken stop)
    {
        var rollup = cluster.GetGrain<ITenantRollupGrain>(tenant);
        return ObserverRenewal.KeepAsync(() => rollup.WatchAsync(self), RenewPeriod, exception => LogWatchFailed(exception, tenant), clock, stop);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not watch the numbers of {Tenant}; its live feeds fall back to their once-a-second tick")]
    private partial void LogWatchFailed(Exception exception, string tenant);

    private sealed class TenantWatch
    {
        public List<LiveWake> Feeds { get; } = [];

        public CancellationTokenSource Stop { get; } = new();
    }
}
