using Orleans.Concurrency;

namespace GrainMarketing.Insights.Audience;

/// <summary>Answers a tenant's audience insight (keyed by tenant): segments of one dimension ranked by CPA and ROAS with intervals, saturation, weekly trends.</summary>
public interface IAudienceInsightGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<AudienceInsightReport> GetReportAsync(AudienceInsightQuery query);
}
