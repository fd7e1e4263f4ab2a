using GrainMarketing.Currencies;
using GrainMarketing.History;
using GrainMarketing.Insights.Anomalies;
using GrainMarketing.Insights.Recommendations;
using GrainMarketing.Metrics;
using GrainMarketing.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace GrainMarketing.Campaigns;

/// <summary>The tenant's totals per platform, from a flush of every campaign once per flush period.</summary>
/// <remarks>Flushes interleave and share state writes (<see cref="GroupCommit"/>), each applied in one synchronous step before it waits.</remarks>
[GrainType("tenant-rollup")]
[Reentrant]
public sealed class TenantRollupGrain(
    [PersistentState("rollup", StorageNames.Default)] IPersistentState<TenantRollupState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IOptions<CampaignOptions> options,
    IMetricHistory history,
    AnomalyWatching anomalies,
    ILogger<TenantRollupGrain> logger) : Grain, ITenantRollupGrain
{
    private readonly LostWriteGuard _writes = new("rollup");
    private readonly RecentlyChangedCampaigns _changed = new();
    private GroupCommit? _commit;
    private ChangeWatchers? _watchers;
    private DateTimeOffset _recommendationsHinted = DateTimeOffset.MinValue;

    private string Key => this.GetPrimaryKeyString();

    private ChangeWatchers Watchers => _watchers ??= new ChangeWatchers(Key, clock, logger, tell =>
        this.RegisterGrainTimer(_ => tell(), new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { Interleave = true }));

    public async Task ApplyAsync(CampaignKey campaign, long flush, IReadOnlyList<PlatformDelta> deltas, DateTimeOffset receivedAt)
    {
        _writes.ThrowIfLost();
        if (!state.State.Apply(campaign, flush, deltas, receivedAt, options.Value.OldestKept(clock)))
        {
            return;
        }

        _changed.Add(campaign, clock.GetUtcNow());
        await Watchers.ChangedAsync();
        HintRecommendations();
        await anomalies.ObserveAsync(AnomalyLevel.Tenant, Key, Key, state.State.Anomalies, receivedAt, state.State.Hour, replay: false);

        // Memory is now ahead of storage: a lost write refuses further calls and reloads on the next activation.
        await _writes.WriteAsync(() => (_commit ??= new GroupCommit(() => state.WriteStateAsync())).CommitAsync(), DeactivateOnIdle);
    }

    /// <summary>Tells the tenant's recommendations its numbers moved, at most once a minute: it debounces far longer anyway.</summary>
    private void HintRecommendations()
    {
        var now = clock.GetUtcNow();
        if (now - _recommendationsHinted >= TimeSpan.FromMinutes(1))
        {
            _recommendationsHinted = now;
            GrainFactory.GetGrain<IRecommendationsGrain>(Key).NumbersMovedAsync().Ignore();
        }
    }

    public Task WatchAsync(ITenantChangeObserver observer)
    {
        Watchers.Watch(observer);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CampaignKey>> GetChangedSinceAsync(DateTimeOffset since) => Task.FromResult(_changed.Since(since));

    /// <summary>Days within retention from memory, older days from the campaigns' history; money of other currencies converted per day (<see cref="MoneyConversion"/>).</summary>
    public async Task<TenantOverview> GetOverviewAsync(QueryWindow window)
    {
        var now = clock.GetUtcNow();
        var oldestKept = options.Value.OldestKept(clock);
        var past = window.Dates?.Before(oldestKept);
        var older = past is null ? null : (await history.LoadTenantDaysAsync(Key, past.From, past.To, CancellationToken.None)).ToLookup(day => day.Platform);
        var olderForeign = await OlderForeignAsync(past);

        // Read before the rates are asked for: flushes interleave with the wait.
        var parts = new List<(AdPlatform Platform, MetricTotals Own, IReadOnlyList<CurrencySlice> Foreign, Freshness Freshness, IReadOnlyList<Dimensions> Reported)>();
        foreach (var (platform, days) in state.State.Days.OrderBy(p => p.Key))
        {
            var own = window.Dates is { } range
                ? days.Where(d => d.Key >= range.From && d.Key <= range.To && d.Key >= oldestKept).Aggregate(MetricTotals.Zero, (sum, d) => sum + d.Value)
                    + (older?[platform].Aggregate(MetricTotals.Zero, (sum, d) => sum + d.Totals) ?? MetricTotals.Zero)
                    - olderForeign[platform].Aggregate(MetricTotals.Zero, (sum, s) => sum + s.Totals)
                : state.State.Recent.GetValueOrDefault(platform)?.Sum(now, window.RecentMinutes ?? 0) ?? MetricTotals.Zero;
            var foreign = state.State.Foreign.GetValueOrDefault(platform);
            var latest = new[] { days.Count == 0 ? (DateOnly?)null : days.Keys.Last(), foreign?.LatestDate }.Max();
            parts.Add((platform, own, [.. foreign?.For(window, now, oldestKept) ?? [], .. olderForeign[platform]],
                new Freshness(state.State.LastReceivedAt.GetValueOrDefault(platform), latest),
                [.. state.State.Reported.GetValueOrDefault(platform)?.Order() ?? Enumerable.Empty<Dimensions>()]));
        }

        var rates = await RateBooks.ForAsync(GrainFactory, Key, [.. parts.SelectMany(p => p.Foreign)]);
        var platforms = parts.Select(p =>
        {
            var (totals, conversion) = rates is null ? (p.Own, null) : MoneyConversion.Convert(p.Own, p.Foreign, rates);
            return new PlatformTotals(p.Platform, totals, p.Freshness, p.Reported, conversion);
        }).ToList();
        return new TenantOverview(
            platforms.Aggregate(MetricTotals.Zero, (sum, p) => sum + p.Totals),
            platforms,
            platforms.Aggregate(Freshness.Empty, (fresh, p) => fresh.Merge(p.Freshness)),
            rates is null ? null : MoneyConversion.Merge(rates.Currency, platforms.Select(p => p.Conversion!)));
    }

    /// <summary>Days within retention from memory, older days from the campaigns' history; money of other currencies converted with each day's rate, a day without one listed (<see cref="MoneyConversion.ConvertDays"/>).</summary>
    public async Task<ConvertedDays> GetDailySeriesAsync(DateRange range, AdPlatform? platform)
    {
        var oldestKept = options.Value.OldestKept(clock);
        var past = range.Before(oldestKept);
        var olderForeign = await OlderForeignAsync(past);
        var older = past is null
            ? []
            : (await history.LoadTenantDaysAsync(Key, past.From, past.To, CancellationToken.None))
                .Where(day => platform is null || day.Platform == platform)
                .Select(day => new DayTotals(day.Date, day.Totals - olderForeign[day.Platform].Where(s => s.Date == day.Date).Aggregate(MetricTotals.Zero, (sum, s) => sum + s.Totals)));
        var kept = state.State.Days
            .Where(p => platform is null || p.Key == platform)
            .SelectMany(p => p.Value.Where(d => d.Key >= range.From && d.Key <= range.To && d.Key >= oldestKept))
            .Select(d => new DayTotals(d.Key, d.Value))
            .ToList();
        List<CurrencySlice> foreign = [.. state.State.Foreign
            .Where(p => platform is null || p.Key == platform)
            .SelectMany(p => p.Value.InRange(range, oldestKept)),
            .. olderForeign.Where(p => platform is null || p.Key == platform).SelectMany(p => p)];
        return MoneyConversion.ConvertDays(older.Concat(kept), foreign, await RateBooks.ForAsync(GrainFactory, Key, foreign));
    }

    /// <summary>Per platform, the history's days in <paramref name="past"/> of the campaigns in another currency, in that currency: the history records none, so they are taken out of its sums and converted apart.</summary>
    private async Task<ILookup<AdPlatform, CurrencySlice>> OlderForeignAsync(DateRange? past)
    {
        var currencies = state.State.Currencies.ToDictionary();
        if (past is null || currencies.Count == 0)
        {
            return Enumerable.Empty<CurrencySlice>().ToLookup(_ => default(AdPlatform));
        }

        var days = await history.LoadCampaignDaysAsync(currencies.Keys, past.From, past.To, segment: null, CancellationToken.None);
        return days.ToLookup(d => d.Campaign.Platform, d => new CurrencySlice(currencies[d.Campaign], d.Date, d.Totals));
    }
}
