using GrainMarketing.Currencies;
using GrainMarketing.Metrics;
using Orleans.Concurrency;

namespace GrainMarketing.Campaigns;

/// <summary>A tenant's totals per platform and day (keyed by tenant), fed by its campaigns with pre-aggregated deltas on a short timer.</summary>
/// <remarks>Kept apart from the tenant grain so fast-changing counters never rewrite settings.</remarks>
public interface ITenantRollupGrain : IGrainWithStringKey
{
    /// <summary>How long a watch lasts without renewal.</summary>
    static readonly TimeSpan ChangeWatchLifetime = TimeSpan.FromMinutes(3);

    /// <summary>Adds flush <paramref name="flush"/> of one campaign once (a repeated number is skipped); durable when the task completes.</summary>
    Task ApplyAsync(CampaignKey campaign, long flush, IReadOnlyList<PlatformDelta> deltas, DateTimeOffset receivedAt);

    /// <summary>Campaigns whose numbers changed after <paramref name="since"/> (at most the last hour is remembered).</summary>
    [ReadOnly]
    Task<IReadOnlyList<CampaignKey>> GetChangedSinceAsync(DateTimeOffset since);

    /// <summary>Tells <paramref name="observer"/> of changes for <see cref="ChangeWatchLifetime"/>; watchers renew well within it.</summary>
    Task WatchAsync(ITenantChangeObserver observer);

    /// <summary>The tenant's totals over the window in its currency, each platform's share, the rates used and what had none.</summary>
    [ReadOnly]
    Task<TenantOverview> GetOverviewAsync(QueryWindow window);

    /// <summary>The tenant's totals per day of the range, of one platform or all, oldest first; days without data left out.</summary>
    /// <remarks>Money in the tenant's currency; a campaign's money in another currency on a day without a rate is left out of that day and listed in <see cref="ConvertedDays.Unconverted"/>.</remarks>
    [ReadOnly]
    Task<ConvertedDays> GetDailySeriesAsync(DateRange range, AdPlatform? platform);
}
