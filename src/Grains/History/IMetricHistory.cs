using GrainMarketing.Demographics;
using GrainMarketing.Metrics;

namespace GrainMarketing.History;

/// <summary>Campaign cells kept past the grains' in-memory retention, as absolute totals per cell. Date ranges include both ends.</summary>
public interface IMetricHistory
{
    /// <summary>Records that each cell now holds these totals, replacing what was saved for it before.</summary>
    /// <remarks>
    /// A repeat changes nothing; zero totals are saved too, since a restatement to zero is real. The batch is
    /// written whole or not at all; each cell appears at most once in it.
    /// </remarks>
    Task SaveAsync(CampaignKey campaign, IReadOnlyCollection<KeyValuePair<MetricCell, MetricTotals>> cells, CancellationToken ct);

    /// <summary>The campaign's saved cells dated from <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<IReadOnlyList<KeyValuePair<MetricCell, MetricTotals>>> LoadCellsAsync(CampaignKey campaign, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>Sums per platform and day across the tenant's campaigns, in date then platform order; days without cells left out.</summary>
    Task<IReadOnlyList<PlatformDayTotals>> LoadTenantDaysAsync(string tenant, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>Sums per campaign and day of <paramref name="campaigns"/> (all of one tenant), of their cells in <paramref name="segment"/> when one is given; days without cells left out.</summary>
    /// <remarks>The history records no currency: answers take out these campaigns' days, which are in the currency each names, to convert them apart.</remarks>
    Task<IReadOnlyList<CampaignDayTotals>> LoadCampaignDaysAsync(
        IReadOnlyCollection<CampaignKey> campaigns, DateOnly from, DateOnly to, SegmentKey? segment, CancellationToken ct);

    /// <summary>Sum of the tenant's cells in <paramref name="segment"/>.</summary>
    /// <remarks>Those are the cells whose breakdown has the segment's value for its dimension (and, for an age x gender cross, its gender too).</remarks>
    Task<MetricTotals> LoadSegmentTotalsAsync(SegmentKey segment, DateOnly from, DateOnly to, CancellationToken ct);
}
