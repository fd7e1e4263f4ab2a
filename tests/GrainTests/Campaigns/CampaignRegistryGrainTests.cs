using GrainMarketing.Campaigns;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Metrics;
using Orleans.Core.Internal;

namespace GrainMarketing.GrainTests.Campaigns;

[Collection(ClusterCollection.Name)]
public sealed class CampaignRegistryGrainTests(ClusterFixture fixture)
{
    private const int Burst = 200;

    /// <remarks>
    /// How many writes a burst shares depends on how the calls interleave with each write, so this test does
    /// not count them; RegisteredKeysTests shows a burst sharing one write with a write it holds open.
    /// </remarks>
    [Fact]
    public async Task ABurstOfRegistrationsIsStoredAndAKnownCampaignCostsNoWrite()
    {
        var tenant = $"t-{Guid.NewGuid():N}";
        var campaigns = Enumerable.Range(0, Burst).Select(n => new CampaignKey(tenant, AdPlatform.Meta, $"c-{n}")).ToList();
        var registry = fixture.Client.GetGrain<ICampaignRegistryGrain>(tenant);

        await Task.WhenAll(campaigns.Select(registry.RegisterAsync));
        var writes = fixture.StorageWrites.Of(registry.GetGrainId());
        await Task.WhenAll(campaigns.Select(registry.RegisterAsync));

        Assert.InRange(writes, 1, Burst);
        Assert.Equal(writes, fixture.StorageWrites.Of(registry.GetGrainId()));
        await DeactivateAsync(registry);
        Assert.Equal(campaigns.OrderBy(c => c.ToString()), (await registry.ListAsync()).OrderBy(c => c.ToString()));
        Assert.Equal(Burst, await registry.CountAsync());
    }

    /// <summary>Deactivates the registry and waits until it is gone, so the next call reads it from storage.</summary>
    private async Task DeactivateAsync(ICampaignRegistryGrain registry)
    {
        await registry.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var management = fixture.Client.GetGrain<IManagementGrain>(0);
        await Eventually.ReadAsync(() => management.GetGrainActivationCount((GrainReference)registry), count => count == 0);
    }
}
