using GrainMarketing.Metrics;
using GrainMarketing.Persistence;
using Orleans.Concurrency;

namespace GrainMarketing.Campaigns;

/// <summary>The set of a tenant's campaigns; campaigns registering together share one write (<see cref="RegisteredKeys{TKey}"/>).</summary>
[GrainType("campaign-registry")]
[Reentrant]
public sealed class CampaignRegistryGrain(
    [PersistentState("campaigns", StorageNames.Default)] IPersistentState<HashSet<CampaignKey>> campaigns)
    : Grain, ICampaignRegistryGrain
{
    private readonly RegisteredKeys<CampaignKey> _campaigns = new(campaigns);

    public Task RegisterAsync(CampaignKey campaign) => _campaigns.RegisterAsync(campaign);

    public Task<IReadOnlyList<CampaignKey>> ListAsync() => Task.FromResult(_campaigns.List());

    public Task<int> CountAsync() => Task.FromResult(_campaigns.Count);
}
