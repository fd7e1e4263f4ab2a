using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Demographics;

/// <summary>Day totals of one segment across a tenant's campaigns; written on a timer when dirty, never per call.</summary>
[GrainType("demographic-segment")]
public sealed class DemographicSegmentGrain(
    [PersistentState("segment", StorageNames.Default)] IPersistentState<SegmentState> state,
    IOptions<CampaignOptions> options) : Grain, IDemographicSegmentGrain
{
    private bool _dirty;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(CheckpointAsync, new GrainTimerCreationOptions(options.Value.CheckpointPeriod, options.Value.CheckpointPeriod)
        {
            Interleave = false,
        });
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => CheckpointAsync(cancellationToken);

    public async Task ApplyAsync(SegmentKey key, IReadOnlyList<SegmentDelta> deltas, DateTimeOffset receivedAt)
    {
        var segment = state.State;
        if (segment.Key is null)
        {
            // Register before applying: if this fails the caller retries a flush that changed nothing here.
            await GrainFactory.GetGrain<ISegmentRegistryGrain>(key.Tenant).RegisterAsync(key);
            segment.Key = key;
            await state.WriteStateAsync();
        }

        foreach (var delta in deltas)
        {
            segment.Days[delta.Date] = segment.Days.GetValueOrDefault(delta.Date) + delta.Totals;
        }

        if (segment.LastReceivedAt is null || receivedAt > segment.LastReceivedAt)
        {
            segment.LastReceivedAt = receivedAt;
        }

        _dirty = true;
    }

    public Task<SegmentSummary> GetSummaryAsync(DateRange range)
    {
        var segment = state.State;
        var totals = MetricTotals.Zero;
        foreach (var (day, dayTotals) in segment.Days)
        {
            if (day >= range.From && day <= range.To)
            {
                totals += dayTotals;
            }
        }

        var latest = segment.Days.Count == 0 ? (DateOnly?)null : segment.Days.Keys.Last();
        return Task.FromResult(new SegmentSummary(
            segment.Key ?? throw new InvalidOperationException("A segment is only queried once registered."),
            totals,
            new Freshness(segment.LastReceivedAt, latest)));
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        if (_dirty)
        {
            _dirty = false;
            await state.WriteStateAsync(cancellationToken);
        }
    }
}
