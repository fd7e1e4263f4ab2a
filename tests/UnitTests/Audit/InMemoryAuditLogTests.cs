using GrainMarketing.Audit;

namespace GrainMarketing.UnitTests.Audit;

public sealed class InMemoryAuditLogTests : AuditLogContract
{
    [Fact]
    public async Task OnlyTheNewestEntriesAreKeptAndIdsGoOnGrowing()
    {
        var log = new InMemoryAuditLog();
        for (var i = 0; i < InMemoryAuditLog.Capacity + 5; i++)
        {
            await log.RecordAsync(Entry(i < 5 ? "old" : "new"), CancellationToken.None);
        }

        var newest = await log.QueryAsync(new AuditQuery(Tenant) { Limit = 1 }, CancellationToken.None);
        var old = await log.QueryAsync(new AuditQuery(Tenant) { Action = "old" }, CancellationToken.None);
        var oldest = await log.QueryAsync(new AuditQuery(Tenant) { Before = 7, Limit = AuditQuery.MaxLimit }, CancellationToken.None);

        Assert.Equal(InMemoryAuditLog.Capacity + 5L, newest.Items.Single().Id);
        Assert.Empty(old.Items);
        Assert.Equal([6L], oldest.Items.Select(i => i.Id));
    }

    protected override Task<IAuditLog> CreateEmptyAsync() => Task.FromResult<IAuditLog>(new InMemoryAuditLog());
}
