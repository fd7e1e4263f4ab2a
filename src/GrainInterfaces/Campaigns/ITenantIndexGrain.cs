using GrainMarketing.Metrics;
using Orleans.Concurrency;

namespace GrainMarketing.Campaigns;

/// <summary>A tenant's campaigns and segments with their day totals within retention (keyed by tenant), fed by every campaign flush and metadata change.</summary>
/// <remarks>So a list or ranking of the whole tenant is one call.</remarks>
public interface ITenantIndexGrain : IGrainWithStringKey
{
    /// <summary>Adds flush <paramref name="flush"/> of one campaign once (a repeated number adds nothing) and records the campaign's metadata and freshness as they are now.</summary>
    /// <remarks>Durable when the task completes.</remarks>
    Task ApplyFlushAsync(
        CampaignKey campaign, long flush, IReadOnlyList<PlatformDelta> days, IReadOnlyList<SegmentFlush> segments, DateTimeOffset receivedAt,
        CampaignMetadata metadata, Freshness freshness);

    /// <summary>Records a campaign's metadata and freshness when they changed without numbers to flush, with the number of flushes its receivers have acknowledged.</summary>
    /// <remarks>Durable when the task completes.</remarks>
    Task UpdateCampaignAsync(CampaignKey campaign, CampaignMetadata metadata, Freshness freshness, long acknowledgedFlushes);

    /// <summary>One page of the tenant's campaigns over the window, filtered and sorted.</summary>
    [ReadOnly]
    Task<CampaignListPage> ListCampaignsAsync(CampaignListRequest query);

    /// <summary>The segments of one dimension over the window above the minimum spend, sorted, and how many fell below it.</summary>
    [ReadOnly]
    Task<RankedSegments> RankSegmentsAsync(SegmentRankQuery query);
}
