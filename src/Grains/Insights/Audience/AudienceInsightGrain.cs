using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using GrainMarketing.Demographics;
using GrainMarketing.Metrics;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Audience;

/// <summary>A tenant's audience insight, computed here from its segment grains' days so no segment grain does more than read its state.</summary>
/// <remarks>
/// One read per segment of the dimension, in parallel; days within the segments' retention only (the API caps the window).
/// A segment's day some money of which had no rate is left out whole, its own-currency part too: the intervals and tests
/// read days, and a part of a day would read as a cheap or an empty one. The report lists those days.
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
        var series = keys.Select((key, i) => (Segment: key.Label, Days: days[i].CompleteDays)).Where(s => s.Days.Count > 0).ToList();
        var requested = query.Cross ? Dimensions.Age | Dimensions.Gender : Enum.Parse<Dimensions>(query.Dimension.ToString());
        var missing = BreakdownCoverage.Missing(requested, (await overview).Platforms.Select(p => (p.Platform, p.Reported)));
        return AudienceInsights.Report(query, series, missing, MoneyConversion.Merge(days.SelectMany(d => d.Unconverted)));
    }
}
