using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using Orleans.Concurrency;

namespace GrainMarketing.Demographics;

/// <summary>Totals of one demographic segment across every campaign of a tenant (keyed by <see cref="SegmentKey"/>).</summary>
/// <remarks>Fed by campaigns with pre-aggregated deltas on a short timer, never one call per event.</remarks>
public interface IDemographicSegmentGrain : IGrainWithStringKey
{
    /// <summary>Applies flush <paramref name="flush"/> of campaign <paramref name="source"/> once: a repeated number is skipped. Durable when the task completes.</summary>
    Task ApplyAsync(SegmentKey key, string source, long flush, IReadOnlyList<SegmentDelta> deltas, DateTimeOffset receivedAt);

    [ReadOnly]
    Task<SegmentSummary> GetSummaryAsync(QueryWindow window);

    /// <summary>The segment's days in <paramref name="range"/> that are within retention, oldest first; days without data are left out.</summary>
    /// <remarks>Money in the tenant's currency; a campaign's money in another currency on a day without a rate is left out of that day and listed in <see cref="ConvertedDays.Unconverted"/>.</remarks>
    [ReadOnly]
    Task<ConvertedDays> GetDaysAsync(DateRange range);
}
