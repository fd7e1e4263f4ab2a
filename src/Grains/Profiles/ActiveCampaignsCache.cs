using System.Collections.Concurrent;
using GrainMarketing.Offers;

namespace GrainMarketing.Profiles;

/// <summary>
/// Each silo's copy of its tenants' active offer campaigns, so a profile attributing a purchase or
/// answering its offers does not call the tenant's campaign book each time. An entry is reused for
/// <see cref="Duration"/>; the campaign book drops its own silo's entry on every change.
/// </summary>
public sealed class ActiveCampaignsCache(IGrainFactory grains)
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, (long Expires, Task<ActiveCampaigns> Campaigns)> _entries = new(StringComparer.Ordinal);

    public Task<ActiveCampaigns> GetAsync(string tenant)
    {
        var now = Environment.TickCount64;
        if (_entries.TryGetValue(tenant, out var entry) && entry.Expires > now && !entry.Campaigns.IsFaulted)
        {
            return entry.Campaigns;
        }

        var fetch = grains.GetGrain<IOfferCampaignBookGrain>(tenant).GetActiveAsync();
        _entries[tenant] = (now + (long)Duration.TotalMilliseconds, fetch);
        return fetch;
    }

    public void Invalidate(string tenant) => _entries.TryRemove(tenant, out _);
}
