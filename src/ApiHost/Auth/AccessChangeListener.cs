using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Tenants;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Subscribes this API host to the cluster's access changes and drops the matching <see cref="AccessCache"/> entries.</summary>
/// <remarks>
/// A role change, a revoked key or an ended login made through any host so applies here as soon as the message
/// arrives. The subscription is renewed every <see cref="RenewPeriod"/>; while the cluster is unreachable the
/// cache's own expiry still bounds staleness.
/// </remarks>
public sealed partial class AccessChangeListener(IClusterClient cluster, AccessCache cache, TimeProvider clock, ILogger<AccessChangeListener> logger)
    : BackgroundService, IAccessChangeObserver
{
    public static readonly TimeSpan RenewPeriod = TimeSpan.FromMinutes(1);

    public Task AccessChangedAsync(AccessChange change)
    {
        switch (change.Kind)
        {
            case AccessChangeKind.Member:
                cache.ForgetMember(change.Tenant, change.Subject);
                break;
            case AccessChangeKind.Key:
                cache.ForgetKey(change.Tenant, change.Subject);
                break;
            case AccessChangeKind.Session when Guid.TryParseExact(change.Subject, "N", out var session):
                cache.ForgetSession(session);
                break;
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var self = cluster.CreateObjectReference<IAccessChangeObserver>(this);
        var hub = cluster.GetGrain<IAccessChangeHubGrain>(0);
        await ObserverRenewal.KeepAsync(() => hub.SubscribeAsync(self), RenewPeriod, LogSubscribeFailed, clock, stoppingToken);
        cluster.DeleteObjectReference<IAccessChangeObserver>(self);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to access changes; cached access expires on its own until the next try")]
    private partial void LogSubscribeFailed(Exception exception);
}
