namespace GrainMarketing.Connectors.Sync;

/// <summary>Report rows folded into cells.</summary>
public static class PulledCells
{
    /// <summary>
    /// Sums the rows that land on the same cell of the same campaign. Two platform labels can map to one of ours
    /// (TikTok's <c>NONE</c> and <c>AGE_55_100</c> are both unknown age; Snapchat's <c>35+</c> straddles our bands): as
    /// two snapshots of one cell the second would replace the first and the day would lose the first row's numbers.
    /// </summary>
    public static List<PulledCell> Merge(IEnumerable<PulledCell> rows) =>
        [.. rows.GroupBy(r => (r.CampaignId, r.Cell))
            .Select(g => g.Skip(1).Aggregate(g.First(), (sum, r) => sum with { Totals = sum.Totals + r.Totals }))];
}
