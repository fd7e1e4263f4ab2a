using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>The set of a tenant's campaigns; written once per campaign, on its first data.</summary>
[GrainType("campaign-registry")]
public sealed class CampaignRegistryGrain(
    [PersistentState("campaigns", StorageNames.Default)] IPersistentState<HashSet<CampaignKey>> campaigns)
    : Grain, ICampaignRegistryGrain
{
    public async Task RegisterAsync(CampaignKey campaign)
    {
        if (campaigns.State.Add(campaign))
        {
            await campaigns.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<CampaignKey>> ListAsync() =>
        Task.FromResult<IReadOnlyList<CampaignKey>>([.. campaigns.State]);

    public Task<int> CountAsync() => Task.FromResult(campaigns.State.Count);
}
