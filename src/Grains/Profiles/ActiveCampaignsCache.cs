using GrainMarketing.Offers;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Profiles;

/// <summary>Each silo's copy of its tenants' active offer campaigns, so a profile does not ask the campaign book each time.</summary>
/// <remarks>
/// Each silo's copy of its tenants' active offer campaigns, so a profile attributing a purchase or
/// answering its offers does not call the tenant's campaign book each time. An entry is reused for
/// <see cref="ProfileOptions.CampaignCacheDuration"/>; the campaign book drops its own silo's entry on
/// every change.
/// </remarks>
public sealed class ActiveCampaignsCache(IGrainFactory grains, IOptions<ProfileOptions> options)
{
    private readonly TenantCache<ActiveCampaigns> _entries = new(
        tenant => grains.GetGrain<IOfferCampaignBookGrain>(tenant).GetActiveAsync(), () => options.Value.CampaignCacheDuration);

    public Task<ActiveCampaigns> GetAsync(string tenant) => _entries.GetAsync(tenant);

    public void Invalidate(string tenant) => _entries.Invalidate(tenant);
}
