using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>A campaign's side of the tenant index: its flushes, and its metadata and freshness once per change.</summary>
public sealed class TenantIndexFeed(CampaignKey key, IGrainFactory grains)
{
    /// <summary>The metadata and freshness the index last took from this activation.</summary>
    private (CampaignMetadata Metadata, Freshness Freshness)? _sent;

    private ITenantIndexGrain Index => grains.GetGrain<ITenantIndexGrain>(key.Tenant);

    /// <summary>Sends a stored flush with the campaign's metadata and freshness as they are when it leaves.</summary>
    public async Task ApplyFlushAsync(FlushOutbox outbox, CampaignMetadata metadata, Freshness freshness)
    {
        await Index.ApplyFlushAsync(key, outbox.Sequence, outbox.Platform, outbox.Segments, outbox.ReceivedAt, metadata, freshness);
        _sent = (metadata, freshness);
    }

    /// <summary>Tells the index the metadata and freshness when they changed without numbers to flush, with the flushes its receivers acknowledged.</summary>
    /// <remarks>That happens after a metadata update, a rule's action, or a batch that moved nothing.</remarks>
    public async Task UpdateAsync(CampaignMetadata metadata, Freshness freshness, FlushState flushes)
    {
        if (_sent == (metadata, freshness))
        {
            return;
        }

        var acknowledged = flushes.Sequence - (flushes.Outbox is null ? 0 : 1);
        await Index.UpdateCampaignAsync(key, metadata, freshness, acknowledged);
        _sent = (metadata, freshness);
    }
}
