using GrainMarketing.ApiHost.Tenants;
using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Analytics;

/// <summary>A tenant's demographic and geographic segments over a window, ranked by any sum or KPI, with the platforms they cannot include.</summary>
public sealed class TenantSegments(IGrainFactory grains)
{
    /// <summary>The segments <paramref name="selection"/> asks for, ranked by the tenant's index; those under its minimum spend are only counted.</summary>
    public async Task<SegmentRanking> RankAsync(string tenant, QueryWindow range, SegmentSelection selection)
    {
        var rankedTask = grains.GetGrain<ITenantIndexGrain>(tenant).RankSegmentsAsync(new SegmentRankQuery(
            range, selection.Dimension, selection.Cross, selection.Metric, selection.Order, selection.MinSpend));
        var overview = await grains.GetGrain<ITenantRollupGrain>(tenant).GetOverviewAsync(range);
        var ranked = await rankedTask;
        var requested = selection.Cross ? Dimensions.Age | Dimensions.Gender : Enum.Parse<Dimensions>(selection.Dimension.ToString());
        var missing = BreakdownCoverage.Missing(requested, overview.Platforms.Select(p => (p.Platform, p.Reported)));
        var segments = ranked.Segments
            .Select(s => new SegmentResponse(selection.Label, s.Key.Label, s.Totals, s.Totals.Kpis, s.Freshness))
            .ToList();
        var currency = ranked.Conversion?.Currency ?? (await grains.RequireTenantAsync(tenant)).Settings.Currency;
        return new SegmentRanking(selection.Label, selection.Metric, selection.MinSpend, range, segments, ranked.Excluded, missing,
            currency, ranked.Conversion?.Rates ?? [], ranked.Conversion?.Unconverted ?? []);
    }
}
