using GrainMarketing.Automation;

namespace GrainMarketing.UnitTests.Automation;

public sealed class InMemoryFiringLogTests : FiringLogContract
{
    [Fact]
    public async Task OnlyTheNewestEntriesAreKeptAndSequencesGoOnGrowing()
    {
        var old = Enumerable.Range(0, 5).Select(i => Firing(minute: i, target: "old")).ToList();
        await Log.AppendAsync(old, CancellationToken.None);
        await Log.AppendAsync([.. Enumerable.Range(0, InMemoryFiringLog.Capacity).Select(i => Firing(minute: i, target: "new"))], CancellationToken.None);

        var newest = await Log.QueryAsync(Tenant, new FiringQuery(1), CancellationToken.None);
        var gone = await Log.QueryAsync(Tenant, new FiringQuery(10, Target: "old"), CancellationToken.None);
        var oldest = await Log.QueryAsync(Tenant, new FiringQuery(10, Before: 7), CancellationToken.None);

        Assert.Equal(InMemoryFiringLog.Capacity + 5L, newest.Items.Single().Sequence);
        Assert.Empty(gone.Items);
        Assert.Equal([6L], oldest.Items.Select(item => item.Sequence));
    }

    protected override Task<IFiringLog> CreateEmptyAsync() => Task.FromResult<IFiringLog>(new InMemoryFiringLog());
}
