namespace GrainMarketing.Campaigns;

/// <summary>Filters campaigns by platform and status, sorts them by the query's metric and cuts out the page.</summary>
public static class CampaignListing
{
    public static CampaignListPage Page(IEnumerable<CampaignSummary> campaigns, CampaignListRequest query)
    {
        var kept = campaigns
            .Where(c => (query.Platform is null || c.Key.Platform == query.Platform) && (query.Status is null || c.Metadata.Status == query.Status))
            .ToList();
        var sorted = MetricOrder.Sort(kept, c => c.Totals, c => c.Key.ToString(), query.Sort, query.Order);
        var skip = (long)(query.Page - 1) * query.PageSize;
        IReadOnlyList<CampaignSummary> items = skip >= sorted.Length
            ? []
            : sorted.AsSpan((int)skip, Math.Min(query.PageSize, sorted.Length - (int)skip)).ToArray();
        return new CampaignListPage(kept.Count, items);
    }
}
