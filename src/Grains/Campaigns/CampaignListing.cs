namespace GrainMarketing.Campaigns;

/// <summary>Filters campaigns by platform, status and name, sorts them by the query's metric and cuts out the page.</summary>
public static class CampaignListing
{
    public static CampaignListPage Page(IEnumerable<CampaignSummary> campaigns, CampaignListRequest query)
    {
        var kept = campaigns
            .Where(c => (query.Platform is null || c.Key.Platform == query.Platform) && (query.Status is null || c.Metadata.Status == query.Status))
            .Where(c => query.Name is not { } name || Contains(c.Metadata.Name, name) || Contains(c.Key.ToString(), name))
            .ToList();
        // Sorted in the tenant's currency, so a campaign in another is ranked by what it is worth in the tenant's.
        var sorted = MetricOrder.Sort(kept, c => c.Converted ?? c.Totals, c => c.Key.ToString(), query.Sort, query.Order);
        var skip = (long)(query.Page - 1) * query.PageSize;
        IReadOnlyList<CampaignSummary> items = skip >= sorted.Length
            ? []
            : sorted.AsSpan((int)skip, Math.Min(query.PageSize, sorted.Length - (int)skip)).ToArray();
        return new CampaignListPage(kept.Count, items);
    }

    private static bool Contains(string? text, string part) => text?.Contains(part, StringComparison.OrdinalIgnoreCase) == true;
}
