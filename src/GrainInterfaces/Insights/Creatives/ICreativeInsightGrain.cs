using GrainMarketing.Campaigns;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Creatives;

/// <summary>Answers a campaign's creative and format insight (keyed by the campaign key): ranking, trends, frequency and fatigue.</summary>
public interface ICreativeInsightGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<CreativeInsightReport> GetReportAsync(DateRange range);
}
