using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using GrainMarketing.History;
using GrainMarketing.Metrics;
using GrainMarketing.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace GrainMarketing.Demographics;

/// <summary>Day totals of one segment across a tenant's campaigns.</summary>
/// <remarks>
/// Each campaign flush (at most one per campaign per flush period) is applied once, by number, and written before
/// it is acknowledged. A popular segment takes a flush from almost every campaign, so flushes interleave and
/// share writes (<see cref="GroupCommit"/>): each is applied in one synchronous step, then waits for a write. The
/// tenant's segment rules are judged <see cref="AutomationOptions.EvaluationDelay"/> after a change
/// (<see cref="RuleJudge"/>).
/// </remarks>
[GrainType("demographic-segment")]
[Reentrant]
public sealed class DemographicSegmentGrain(
    [PersistentState("segment", StorageNames.Default)] IPersistentState<SegmentState> state,
    [PersistentState("automation", StorageNames.Default)] IPersistentState<AutomationState> automation,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IOptions<CampaignOptions> options,
    IOptions<AutomationOptions> automationOptions,
    RuleJudging judging,
    IMetricHistory history) : Grain, IDemographicSegmentGrain
{
    private readonly LostWriteGuard _writes = new("segment");
    private GroupCommit? _commit;

    // Made on activation, once the grain's timers are at hand.
    private RuleJudge _judge = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _judge = judging.Start(this, "segment", automation, _writes, new SegmentRuleSubject(state, automation, automationOptions.Value, GrainFactory));
        return Task.CompletedTask;
    }

    public async Task ApplyAsync(SegmentKey key, string source, long flush, IReadOnlyList<SegmentDelta> deltas, DateTimeOffset receivedAt)
    {
        _writes.ThrowIfLost();
        var segment = state.State;
        if (segment.AppliedFlushes.GetValueOrDefault(source) >= flush)
        {
            return;
        }

        var moved = MetricTotals.Zero;
        foreach (var delta in deltas)
        {
            if (delta.Currency is { } currency)
            {
                segment.Foreign.Add(currency, delta.Date, delta.Totals, receivedAt);
                continue;
            }

            segment.Days[delta.Date] = segment.Days.GetValueOrDefault(delta.Date) + delta.Totals;
            moved += delta.Totals;
        }

        segment.Recent.Add(receivedAt, moved);
        if (deltas.Count > 0 && deltas[0].Currency is { } label)
        {
            segment.SourceCurrencies[source] = label;
        }
        else if (deltas.Count > 0)
        {
            segment.SourceCurrencies.Remove(source);
        }

        segment.AppliedFlushes[source] = flush;
        _judge.JudgeSoon();
        segment.Key ??= key;
        var oldest = options.Value.OldestKept(clock);
        while (segment.Days.Count > 0 && segment.Days.Keys.First() < oldest)
        {
            segment.Days.Remove(segment.Days.Keys.First());
        }

        segment.Foreign.Prune(oldest);

        if (segment.LastReceivedAt is null || receivedAt > segment.LastReceivedAt)
        {
            segment.LastReceivedAt = receivedAt;
        }

        // Memory is now ahead of storage and may mark this flush as applied: a lost write refuses further
        // calls and deactivates, so the next activation reloads what was stored and the retry applies again.
        await _writes.WriteAsync(
            async () =>
            {
                if (!segment.Registered)
                {
                    await GrainFactory.GetGrain<ISegmentRegistryGrain>(key.Tenant).RegisterAsync(key);
                    segment.Registered = true;
                }

                await (_commit ??= new GroupCommit(() => state.WriteStateAsync())).CommitAsync();
            },
            DeactivateOnIdle);
    }

    /// <summary>Days within retention from memory, older days from the campaigns' history; money of other currencies converted per day.</summary>
    public async Task<SegmentSummary> GetSummaryAsync(QueryWindow window)
    {
        var segment = state.State;
        var key = segment.Key ?? throw new InvalidOperationException("A segment is only queried once it has data.");
        var now = clock.GetUtcNow();
        List<CurrencySlice> foreign = [.. segment.Foreign.For(window, now, options.Value.OldestKept(clock))];
        var latest = new[] { segment.Days.Count == 0 ? (DateOnly?)null : segment.Days.Keys.Last(), segment.Foreign.LatestDate }.Max();
        var freshness = new Freshness(segment.LastReceivedAt, latest);
        var totals = MetricTotals.Zero;
        if (window.Dates is not { } range)
        {
            totals = segment.Recent.Sum(now, window.RecentMinutes ?? 0);
        }
        else
        {
            var oldestKept = options.Value.OldestKept(clock);
            foreach (var (day, dayTotals) in segment.Days)
            {
                if (day >= range.From && day <= range.To && day >= oldestKept)
                {
                    totals += dayTotals;
                }
            }

            if (range.Before(oldestKept) is { } older)
            {
                // The history records no currency: the days of campaigns in another are taken out and converted apart.
                var sources = segment.SourceCurrencies.ToDictionary(s => CampaignKey.Parse(s.Key), s => s.Value);
                List<CurrencySlice> olderForeign = sources.Count == 0
                    ? []
                    : [.. (await history.LoadCampaignDaysAsync(sources.Keys, older.From, older.To, key, CancellationToken.None))
                        .Select(d => new CurrencySlice(sources[d.Campaign], d.Date, d.Totals))];
                totals += await history.LoadSegmentTotalsAsync(key, older.From, older.To, CancellationToken.None)
                    - olderForeign.Aggregate(MetricTotals.Zero, (sum, s) => sum + s.Totals);
                foreign.AddRange(olderForeign);
            }
        }

        if (await RateBooks.ForAsync(GrainFactory, key.Tenant, foreign) is not { } rates)
        {
            return new SegmentSummary(key, totals, freshness);
        }

        var (converted, conversion) = MoneyConversion.Convert(totals, foreign, rates);
        return new SegmentSummary(key, converted, freshness, conversion);
    }

    /// <summary>Money in the tenant's currency: a campaign's money in another currency on a day without a rate is left out of that day and listed.</summary>
    public async Task<ConvertedDays> GetDaysAsync(DateRange range)
    {
        var oldestKept = options.Value.OldestKept(clock);
        var days = state.State.Days
            .Where(day => day.Key >= range.From && day.Key <= range.To && day.Key >= oldestKept)
            .Select(day => new DayTotals(day.Key, day.Value));
        List<CurrencySlice> foreign = [.. state.State.Foreign.InRange(range, oldestKept)];
        var rates = state.State.Key is { } key ? await RateBooks.ForAsync(GrainFactory, key.Tenant, foreign) : null;
        return MoneyConversion.ConvertDays(days, foreign, rates);
    }
}
