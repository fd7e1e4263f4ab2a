using GrainMarketing.Metrics;
using Orleans.Concurrency;

namespace GrainMarketing.Connectors.WriteBack;

/// <summary>Finds the account a campaign was pulled from and hints its write-back grain; a campaign no sync has seen keeps its changes pending for a person.</summary>
[StatelessWorker, GrainType("write-back-router")]
public sealed class WriteBackRouterGrain : Grain, IWriteBackRouterGrain
{
    public async Task ChangedAsync(CampaignKey campaign)
    {
        var index = GrainFactory.GetGrain<IPlatformAccountIndexGrain>(PlatformAccountIndexKey.For(campaign.Tenant, campaign.Platform));
        if (await index.FindAsync(campaign.CampaignId) is { } account)
        {
            await GrainFactory.GetGrain<IAccountWriteBackGrain>(account.Key(campaign.Tenant)).PushSoonAsync(campaign.CampaignId);
        }
    }
}
