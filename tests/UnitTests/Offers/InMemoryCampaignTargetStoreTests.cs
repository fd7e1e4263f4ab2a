using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Offers;

public sealed class InMemoryCampaignTargetStoreTests : CampaignTargetStoreContract
{
    private readonly InMemoryCustomerTable _customers = new();

    [Fact]
    public async Task HeldOutCustomersAreThoseTheHoldoutHashPicks()
    {
        await SeedAsync([.. Enumerable.Range(0, 200).Select(i => Row("acme", $"c{i}", [BehaviorPattern.Seasonal]))]);

        await Store.BuildAsync("acme", "s", new TargetSelection(new TargetCriteria([BehaviorPattern.Seasonal]), 0.3, OfferPlace.Anywhere, 1.5, null), default);

        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(Holdout.IsHeldOut("s", $"c{i}", 0.3), Assert.Single(await Store.GetTargetingAsync("acme", $"c{i}", default)).HeldOut);
        }
    }

    protected override Task<ICampaignTargetStore> CreateEmptyAsync() => Task.FromResult<ICampaignTargetStore>(new InMemoryCampaignTargetStore(_customers));

    protected override Task SeedAsync(params CustomerRow[] rows)
    {
        foreach (var row in rows)
        {
            _customers.Upsert(row);
        }

        return Task.CompletedTask;
    }
}
