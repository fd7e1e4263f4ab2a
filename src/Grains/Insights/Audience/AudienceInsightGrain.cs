using GrainMarketing.Demographics;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Audience;

/// <summary>A tenant's audience insight, computed here from its segment grains' days so no segment grain does more than read its state.</summary>
/// <remarks>One read per segment of the dimension, in parallel; days within the segments' retention only (the API caps the window).</remarks>
[StatelessWorker]
[GrainType("audience-insight")]
public sealed class AudienceInsightGrain : Grain, IAudienceInsightGrain
{
    public async Task<AudienceInsightReport> GetReportAsync(AudienceInsightQuery query)
    {
        var keys = (await GrainFactory.GetGrain<ISegmentRegistryGrain>(this.GetPrimaryKeyString()).ListAsync())
            .Where(key => key.Dimension == query.Dimension && key.IsAgeGenderCross == query.Cross)
            .ToList();
        var days = await Task.WhenAll(keys.Select(key => GrainFactory.GetGrain<IDemographicSegmentGrain>(key.ToString()).GetDaysAsync(query.Range)));
        var series = keys.Select((key, i) => (Segment: key.Label, Days: days[i])).Where(s => s.Days.Count > 0).ToList();
        return AudienceInsights.Report(query, series);
    }
}
