using Orleans.Concurrency;

namespace GrainMarketing.Insights.Forecasts;

/// <summary>Answers a campaign's pacing (keyed by the campaign key) from its live totals, hourly arrivals and cached forecast.</summary>
public interface ICampaignPacingGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<CampaignPacing> GetAsync();
}
