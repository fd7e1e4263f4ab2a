using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Demographics;

/// <summary>
/// Day totals of one segment across a tenant's campaigns. Each campaign flush (at most one per campaign
/// per flush period) is applied once, by number, and written before it is acknowledged.
/// </summary>
[GrainType("demographic-segment")]
public sealed class DemographicSegmentGrain(
    [PersistentState("segment", StorageNames.Default)] IPersistentState<SegmentState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IOptions<CampaignOptions> options) : Grain, IDemographicSegmentGrain
{
    public async Task ApplyAsync(SegmentKey key, string source, long flush, IReadOnlyList<SegmentDelta> deltas, DateTimeOffset receivedAt)
    {
        var segment = state.State;
        if (segment.AppliedFlushes.GetValueOrDefault(source) >= flush)
        {
            return;
        }

        if (segment.Key is null)
        {
            await GrainFactory.GetGrain<ISegmentRegistryGrain>(key.Tenant).RegisterAsync(key);
            segment.Key = key;
        }

        var moved = MetricTotals.Zero;
        foreach (var delta in deltas)
        {
            segment.Days[delta.Date] = segment.Days.GetValueOrDefault(delta.Date) + delta.Totals;
            moved += delta.Totals;
        }

        segment.Recent.Add(receivedAt, moved);
        segment.AppliedFlushes[source] = flush;
        var oldest = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-options.Value.RetentionDays);
        while (segment.Days.Count > 0 && segment.Days.Keys.First() < oldest)
        {
            segment.Days.Remove(segment.Days.Keys.First());
        }

        if (segment.LastReceivedAt is null || receivedAt > segment.LastReceivedAt)
        {
            segment.LastReceivedAt = receivedAt;
        }

        await state.WriteStateAsync();
    }

    public Task<SegmentSummary> GetSummaryAsync(QueryWindow window)
    {
        var segment = state.State;
        var totals = MetricTotals.Zero;
        if (window.Dates is not { } range)
        {
            totals = segment.Recent.Sum(clock.GetUtcNow(), window.RecentMinutes ?? 0);
        }
        else
        {
            foreach (var (day, dayTotals) in segment.Days)
            {
                if (day >= range.From && day <= range.To)
                {
                    totals += dayTotals;
                }
            }
        }

        var latest = segment.Days.Count == 0 ? (DateOnly?)null : segment.Days.Keys.Last();
        return Task.FromResult(new SegmentSummary(
            segment.Key ?? throw new InvalidOperationException("A segment is only queried once registered."),
            totals,
            new Freshness(segment.LastReceivedAt, latest)));
    }

}
