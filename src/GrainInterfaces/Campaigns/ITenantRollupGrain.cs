using Orleans.Concurrency;

namespace GrainMarketing.Campaigns;

/// <summary>
/// A tenant's totals per platform and day (keyed by tenant), fed by its campaigns with pre-aggregated
/// deltas on a short timer. Kept apart from the tenant grain so fast-changing counters never rewrite settings.
/// </summary>
public interface ITenantRollupGrain : IGrainWithStringKey
{
    Task ApplyAsync(IReadOnlyList<PlatformDelta> deltas, DateTimeOffset receivedAt);

    [ReadOnly]
    Task<TenantOverview> GetOverviewAsync(QueryWindow window);
}
