using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.Campaigns;
using GrainMarketing.Demographics;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Analytics;

/// <summary>A tenant's demographic and geographic segments over a window, ranked by any sum or KPI, with the platforms they cannot include.</summary>
public sealed class TenantSegments(IGrainFactory grains)
{
    /// <summary>The segments <paramref name="selection"/> asks for, ranked; those under its minimum spend are only counted.</summary>
    /// <remarks>Asks every segment grain of the dimension at once; filtering and sorting happen here.</remarks>
    public async Task<SegmentRanking> RankAsync(string tenant, QueryWindow range, SegmentSelection selection)
    {
        var keys = (await grains.GetGrain<ISegmentRegistryGrain>(tenant).ListAsync())
            .Where(key => key.Dimension == selection.Dimension && key.IsAgeGenderCross == selection.Cross);
        var summariesTask = Task.WhenAll(keys.Select(key => grains.GetGrain<IDemographicSegmentGrain>(key.ToString()).GetSummaryAsync(range)));
        var overview = await grains.GetGrain<ITenantRollupGrain>(tenant).GetOverviewAsync(range);
        var summaries = await summariesTask;
        var requested = selection.Cross ? Dimensions.Age | Dimensions.Gender : Enum.Parse<Dimensions>(selection.Dimension.ToString());
        var missing = BreakdownCoverage.Missing(requested, overview.Platforms.Select(p => (p.Platform, p.Reported)));
        var kept = summaries.Where(s => s.Totals.Spend >= selection.MinSpend).ToList();
        var segments = Ranking.Sort(kept, s => s.Totals, selection.Metric, selection.Order, s => s.Key.Label)
            .Select(s => new SegmentResponse(selection.Label, s.Key.Label, s.Totals, s.Totals.Kpis, s.Freshness))
            .ToList();
        return new SegmentRanking(selection.Label, selection.Metric, selection.MinSpend, range, segments, summaries.Length - kept.Count, missing);
    }
}
