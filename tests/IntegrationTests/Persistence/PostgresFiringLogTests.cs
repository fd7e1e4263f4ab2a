using GrainMarketing.Automation;
using GrainMarketing.UnitTests.Automation;

namespace GrainMarketing.IntegrationTests.Persistence;

/// <summary>The <c>rule_firings</c> table against a real server, each test on the class's <see cref="MigratedDatabase"/> emptied first.</summary>
public sealed class PostgresFiringLogTests(MigratedDatabase database) : FiringLogContract, IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task AFiringAppendedAgainIsStoredOnce()
    {
        var firing = Firing(minute: 0);
        await Log.AppendAsync([firing], CancellationToken.None);

        await Log.AppendAsync([firing, Firing(minute: 1)], CancellationToken.None);

        var page = await Log.QueryAsync(Tenant, new FiringQuery(10), CancellationToken.None);
        Assert.Equal(2, page.Items.Count);
        Assert.Single(page.Items, item => item.Firing.Id == firing.Id);
    }

    protected override async Task<IFiringLog> CreateEmptyAsync()
    {
        await database.EmptyAsync("rule_firings");
        return new PostgresFiringLog(database.DataSource);
    }
}
