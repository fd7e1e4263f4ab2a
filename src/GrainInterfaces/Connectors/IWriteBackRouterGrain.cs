using GrainMarketing.Metrics;
using Orleans.Concurrency;

namespace GrainMarketing.Connectors;

/// <summary>Finds the connected account a campaign with new platform changes belongs to and tells its write-back grain, off the campaign's turn.</summary>
public interface IWriteBackRouterGrain : IGrainWithIntegerKey
{
    /// <summary>One-way: a lost hint is caught by the write-back grain's reminder.</summary>
    [OneWay]
    Task ChangedAsync(CampaignKey campaign);
}
