using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Profiles;

public sealed class InMemoryCustomerStoreTests : CustomerStoreContract
{
    protected override Task<ICustomerStore> CreateEmptyAsync() => Task.FromResult<ICustomerStore>(new InMemoryCustomerStore(new InMemoryCustomerTable()));

    [Fact]
    public async Task OnlyTheNewestChangesAreKeptAndAnEvictedOneMayBeRecordedAgain()
    {
        var changes = Enumerable.Range(1, InMemoryCustomerStore.ChangeCapacity + 2)
            .Select(n => new PatternChangeRow("acme", "ana", n, BehaviorPattern.Weekend, n % 2 == 1, Start)).ToList();
        await Store.WriteAsync([], changes, CancellationToken.None);

        var oldest = await Store.ChangesAsync("acme", new PatternChangeQuery(3, Before: 5), CancellationToken.None);
        await Store.WriteAsync([], [changes[0], changes[^1]], CancellationToken.None);
        var newest = await Store.ChangesAsync("acme", new PatternChangeQuery(1), CancellationToken.None);

        Assert.Equal([4L, 3L], oldest.Items.Select(c => c.Id));
        Assert.Equal(InMemoryCustomerStore.ChangeCapacity + 3, newest.Items[0].Id);
    }
}
