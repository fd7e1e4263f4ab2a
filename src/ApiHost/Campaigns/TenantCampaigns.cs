using GrainMarketing.ApiHost.Tenants;
using GrainMarketing.Campaigns;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary>A tenant's campaigns over a window as a list: filtered, sorted by any sum or KPI, paged. Shared by campaign lists and top lists.</summary>
public sealed class TenantCampaigns(IGrainFactory grains)
{
    /// <summary>One page of the campaigns <paramref name="selection"/> asks for, with how many there are in all, from the tenant's index.</summary>
    public async Task<CampaignPage> ListAsync(string tenant, QueryWindow range, CampaignSelection selection)
    {
        var listed = await grains.GetGrain<ITenantIndexGrain>(tenant).ListCampaignsAsync(new CampaignListRequest(
            range, selection.Platform, selection.Status, selection.Sort, selection.Order, selection.Page, selection.PageSize, selection.Name));
        var currency = (await grains.RequireTenantAsync(tenant)).Settings.Currency;
        return new CampaignPage(range, selection.Page, selection.PageSize, listed.Total, [.. listed.Items.Select(c => CampaignResponse.From(c, currency))], currency);
    }
}
