using GrainMarketing.Campaigns;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Creatives;

/// <summary>A campaign's creative report, computed here from the campaign's creative days so the campaign grain only reads its cells.</summary>
[StatelessWorker]
[GrainType("creative-insight")]
public sealed class CreativeInsightGrain : Grain, ICreativeInsightGrain
{
    public async Task<CreativeInsightReport> GetReportAsync(DateRange range)
    {
        var series = await GrainFactory.GetGrain<ICampaignGrain>(this.GetPrimaryKeyString()).GetCreativeSeriesAsync(range);
        return CreativeInsights.Report(range, series);
    }
}
