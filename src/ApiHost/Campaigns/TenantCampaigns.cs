using GrainMarketing.Campaigns;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary>A tenant's campaigns over a window as a list: filtered, sorted by any sum or KPI, paged. Shared by campaign lists and top lists.</summary>
public sealed class TenantCampaigns(IGrainFactory grains)
{
    /// <summary>One page of the campaigns <paramref name="selection"/> asks for, with how many there are in all.</summary>
    /// <remarks>Asks every campaign grain of the tenant at once; filtering, sorting and paging happen here.</remarks>
    public async Task<CampaignPage> ListAsync(string tenant, QueryWindow range, CampaignSelection selection)
    {
        var keys = await grains.GetGrain<ICampaignRegistryGrain>(tenant).ListAsync();
        var summaries = await Task.WhenAll(keys
            .Where(key => selection.Platform is null || key.Platform == selection.Platform)
            .Select(key => grains.GetGrain<ICampaignGrain>(key.ToString()).GetSummaryAsync(range)));
        var filtered = summaries.Where(s => selection.Status is null || s.Metadata.Status == selection.Status).ToList();
        var items = Ranking.Sort(filtered, s => s.Totals, selection.Sort, selection.Order, s => s.Key.ToString())
            .Skip((selection.Page - 1) * selection.PageSize).Take(selection.PageSize).Select(CampaignResponse.From).ToList();
        return new CampaignPage(range, selection.Page, selection.PageSize, filtered.Count, items);
    }
}
