using GrainMarketing.Campaigns;
using Orleans.Concurrency;

namespace GrainMarketing.Demographics;

/// <summary>
/// Totals of one demographic segment across every campaign of a tenant (keyed by <see cref="SegmentKey"/>).
/// Fed by campaigns with pre-aggregated deltas on a short timer, never one call per event.
/// </summary>
public interface IDemographicSegmentGrain : IGrainWithStringKey
{
    Task ApplyAsync(SegmentKey key, IReadOnlyList<SegmentDelta> deltas, DateTimeOffset receivedAt);

    [ReadOnly]
    Task<SegmentSummary> GetSummaryAsync(QueryWindow window);
}
