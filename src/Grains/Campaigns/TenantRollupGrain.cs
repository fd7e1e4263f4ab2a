using GrainMarketing.Errors;
using GrainMarketing.History;
using GrainMarketing.Metrics;
using GrainMarketing.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace GrainMarketing.Campaigns;

/// <summary>
/// Every campaign of the tenant flushes here once per flush period; flushes interleave and share
/// state writes (<see cref="GroupCommit"/>), each applied in one synchronous step before it waits.
/// </summary>
[GrainType("tenant-rollup")]
[Reentrant]
public sealed class TenantRollupGrain(
    [PersistentState("rollup", StorageNames.Default)] IPersistentState<TenantRollupState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IOptions<CampaignOptions> options,
    IMetricHistory history) : Grain, ITenantRollupGrain
{
    private static readonly TimeSpan ChangeMemory = TimeSpan.FromHours(1);
    private readonly Dictionary<CampaignKey, DateTimeOffset> _changed = [];
    private string Key => this.GetPrimaryKeyString();
    private GroupCommit? _commit;
    private bool _failed;

    public async Task ApplyAsync(CampaignKey campaign, long flush, IReadOnlyList<PlatformDelta> deltas, DateTimeOffset receivedAt)
    {
        if (_failed)
        {
            throw new LostWriteException("rollup");
        }

        if (state.State.AppliedFlushes.GetValueOrDefault(campaign) >= flush)
        {
            return;
        }

        _changed[campaign] = clock.GetUtcNow();
        if (_changed.Count > 1_000)
        {
            var forgetBefore = clock.GetUtcNow() - ChangeMemory;
            foreach (var stale in _changed.Where(c => c.Value < forgetBefore).Select(c => c.Key).ToList())
            {
                _changed.Remove(stale);
            }
        }

        var rollup = state.State;
        var oldest = options.Value.OldestKept(clock);
        foreach (var delta in deltas)
        {
            if (!rollup.Days.TryGetValue(delta.Platform, out var days))
            {
                rollup.Days[delta.Platform] = days = [];
            }

            days[delta.Date] = days.GetValueOrDefault(delta.Date) + delta.Totals;
            while (days.Count > 0 && days.Keys.First() < oldest)
            {
                days.Remove(days.Keys.First());
            }

            if (!rollup.Recent.TryGetValue(delta.Platform, out var recent))
            {
                rollup.Recent[delta.Platform] = recent = new RecentBuckets();
            }

            recent.Add(receivedAt, delta.Totals);
            if (!rollup.Reported.TryGetValue(delta.Platform, out var reported))
            {
                rollup.Reported[delta.Platform] = reported = [];
            }

            reported.UnionWith(delta.Reported);
            if (!rollup.LastReceivedAt.TryGetValue(delta.Platform, out var last) || receivedAt > last)
            {
                rollup.LastReceivedAt[delta.Platform] = receivedAt;
            }
        }

        rollup.AppliedFlushes[campaign] = flush;
        try
        {
            await (_commit ??= new GroupCommit(() => state.WriteStateAsync())).CommitAsync();
        }
        catch
        {
            // Memory is now ahead of storage: refuse further calls and reload on the next activation.
            _failed = true;
            DeactivateOnIdle();
            throw;
        }
    }

    public Task<IReadOnlyList<CampaignKey>> GetChangedSinceAsync(DateTimeOffset since) =>
        Task.FromResult<IReadOnlyList<CampaignKey>>([.. _changed.Where(c => c.Value > since).Select(c => c.Key)]);

    /// <summary>Days within retention from memory, older days from the campaigns' history.</summary>
    public async Task<TenantOverview> GetOverviewAsync(QueryWindow window)
    {
        var now = clock.GetUtcNow();
        var oldestKept = options.Value.OldestKept(clock);
        var older = window.Dates?.Before(oldestKept) is { } past
            ? (await history.LoadTenantDaysAsync(Key, past.From, past.To, CancellationToken.None)).ToLookup(day => day.Platform)
            : null;
        var platforms = new List<PlatformTotals>();
        foreach (var (platform, days) in state.State.Days.OrderBy(p => p.Key))
        {
            var totals = window.Dates is { } range
                ? days.Where(d => d.Key >= range.From && d.Key <= range.To && d.Key >= oldestKept).Aggregate(MetricTotals.Zero, (sum, d) => sum + d.Value)
                    + (older?[platform].Aggregate(MetricTotals.Zero, (sum, d) => sum + d.Totals) ?? MetricTotals.Zero)
                : state.State.Recent.GetValueOrDefault(platform)?.Sum(now, window.RecentMinutes ?? 0) ?? MetricTotals.Zero;
            var freshness = new Freshness(state.State.LastReceivedAt.GetValueOrDefault(platform), days.Count == 0 ? null : days.Keys.Last());
            platforms.Add(new PlatformTotals(platform, totals, freshness,
                [.. state.State.Reported.GetValueOrDefault(platform)?.Order() ?? Enumerable.Empty<Dimensions>()]));
        }

        return new TenantOverview(
            platforms.Aggregate(MetricTotals.Zero, (sum, p) => sum + p.Totals),
            platforms,
            platforms.Aggregate(Freshness.Empty, (fresh, p) => fresh.Merge(p.Freshness)));
    }

}
