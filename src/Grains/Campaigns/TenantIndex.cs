using GrainMarketing.Currencies;
using GrainMarketing.Demographics;
using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>A tenant's campaigns and segments as their flushes and metadata changes describe them: day totals within retention, metadata and freshness.</summary>
/// <remarks>Bounded by the number of campaigns and segments times the retention days; nothing here grows with traffic.</remarks>
[GenerateSerializer, Alias("GrainMarketing.TenantIndex")]
public sealed class TenantIndex
{
    [Id(0)] private readonly Dictionary<CampaignKey, IndexedCampaign> _campaigns = [];
    [Id(1)] private readonly Dictionary<SegmentKey, IndexedSegment> _segments = [];

    /// <summary>Adds a campaign's flush once, by its number, and takes the campaign's metadata and freshness as they are now.</summary>
    /// <remarks>Even a repeated flush updates metadata and freshness: a repeat is sent later, so it knows at least as much.</remarks>
    public void ApplyFlush(
        CampaignKey key, long flush, IReadOnlyList<PlatformDelta> days, IReadOnlyList<SegmentFlush> segments, DateTimeOffset receivedAt,
        CampaignMetadata metadata, Freshness freshness, DateOnly oldestKept)
    {
        var campaign = Campaign(key, missedFlushes: flush > 1);
        campaign.Metadata = metadata;
        campaign.Freshness = freshness;
        if (campaign.AppliedFlush >= flush)
        {
            return;
        }

        campaign.AppliedFlush = flush;
        campaign.Add(days, oldestKept);
        foreach (var segment in segments)
        {
            if (!_segments.TryGetValue(segment.Segment, out var held))
            {
                _segments[segment.Segment] = held = new IndexedSegment();
            }

            held.Add(segment.Deltas, receivedAt, oldestKept);
        }
    }

    /// <summary>Takes a campaign's metadata and freshness; false when the index held exactly these already.</summary>
    /// <param name="acknowledgedFlushes">Flushes the campaign's receivers took: a campaign the index meets after some is partial.</param>
    public bool UpdateCampaign(CampaignKey key, CampaignMetadata metadata, Freshness freshness, long acknowledgedFlushes)
    {
        if (_campaigns.TryGetValue(key, out var held) && held.Metadata == metadata && held.Freshness == freshness)
        {
            return false;
        }

        var campaign = Campaign(key, missedFlushes: acknowledgedFlushes > 0);
        campaign.Metadata = metadata;
        campaign.Freshness = freshness;
        return true;
    }

    /// <summary>True when the index holds every flush of every campaign the registry counts, so its lists are exact.</summary>
    /// <remarks>False for a tenant whose campaigns flushed before the index existed.</remarks>
    public bool Covers(int registeredCampaigns)
    {
        if (_campaigns.Count != registeredCampaigns)
        {
            return false;
        }

        foreach (var campaign in _campaigns.Values)
        {
            if (campaign.Partial)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every campaign over days within retention.</summary>
    public IEnumerable<CampaignSummary> Campaigns(DateRange range) =>
        _campaigns.Select(c => new CampaignSummary(c.Key, c.Value.Metadata, c.Value.Totals(range), c.Value.Freshness));

    /// <summary>A campaign's day totals in <paramref name="range"/> (in its own currency), oldest first; none for a campaign the index does not hold.</summary>
    public IEnumerable<(DateOnly Date, MetricTotals Totals)> CampaignDays(CampaignKey key, DateRange range) =>
        _campaigns.TryGetValue(key, out var campaign)
            ? campaign.Days.Where(d => d.Key >= range.From && d.Key <= range.To).Select(d => (d.Key, d.Value))
            : [];

    /// <summary>Every segment over days within retention, or over the last minutes of arrivals before <paramref name="now"/>: its numbers in the tenant's currency and those in others still to convert.</summary>
    public IEnumerable<(SegmentSummary Own, IReadOnlyList<CurrencySlice> Foreign)> Segments(QueryWindow window, DateTimeOffset now, DateOnly oldestKept) =>
        _segments.Select(s => s.Value.Summary(s.Key, window, now, oldestKept));

    /// <param name="missedFlushes">Whether flushes came before this call: marks a campaign met for the first time as partial.</param>
    private IndexedCampaign Campaign(CampaignKey key, bool missedFlushes)
    {
        if (!_campaigns.TryGetValue(key, out var campaign))
        {
            _campaigns[key] = campaign = new IndexedCampaign { Partial = missedFlushes };
        }

        return campaign;
    }
}
