using GrainMarketing.Metrics;
using Orleans.Concurrency;

namespace GrainMarketing.Campaigns;

/// <summary>The campaigns a tenant has (keyed by tenant): campaign grains register on their first data.</summary>
public interface ICampaignRegistryGrain : IGrainWithStringKey
{
    Task RegisterAsync(CampaignKey campaign);

    [ReadOnly]
    Task<IReadOnlyList<CampaignKey>> ListAsync();

    /// <summary>How many campaigns are registered, without sending them.</summary>
    [ReadOnly]
    Task<int> CountAsync();
}
