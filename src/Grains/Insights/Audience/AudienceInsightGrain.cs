using GrainMarketing.Campaigns;
using GrainMarketing.Demographics;
using GrainMarketing.Metrics;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Audience;

/// <summary>A tenant's audience insight, computed here from its segment grains' days so no segment grain does more than read its state.</summary>
/// <remarks>
/// One read per segment of the dimension, in parallel; days within the segments' retention only (the API caps the window).
/// The tenant rollup says which platforms never reported the dimension, so the report names them as the segment ranking does.
/// </remarks>
[StatelessWorker]
[GrainType("audience-insight")]
public sealed class AudienceInsightGrain : Grain, IAudienceInsightGrain
{
    public async Task<AudienceInsightReport> GetReportAsync(AudienceInsightQuery query)
    {
        var tenant = this.GetPrimaryKeyString();
        var overview = GrainFactory.GetGrain<ITenantRollupGrain>(tenant).GetOverviewAsync(QueryWindow.For(query.Range));
        var keys = (await GrainFactory.GetGrain<ISegmentRegistryGrain>(tenant).ListAsync())
            .Where(key => key.Dimension == query.Dimension && key.IsAgeGenderCross == query.Cross)
            .ToList();
        var days = await Task.WhenAll(keys.Select(key => GrainFactory.GetGrain<IDemographicSegmentGrain>(key.ToString()).GetDaysAsync(query.Range)));
        var series = keys.Select((key, i) => (Segment: key.Label, Days: days[i])).Where(s => s.Days.Count > 0).ToList();
        var requested = query.Cross ? Dimensions.Age | Dimensions.Gender : Enum.Parse<Dimensions>(query.Dimension.ToString());
        var missing = BreakdownCoverage.Missing(requested, (await overview).Platforms.Select(p => (p.Platform, p.Reported)));
        return AudienceInsights.Report(query, series, missing);
    }
}
