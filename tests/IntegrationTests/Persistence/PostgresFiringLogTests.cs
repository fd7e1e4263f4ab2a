using GrainMarketing.Automation;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.UnitTests.Automation;
using Npgsql;

namespace GrainMarketing.IntegrationTests.Persistence;

/// <summary>The <c>rule_firings</c> table against a real server, each test in a database of its own migrated by the real <c>migrate</c> command.</summary>
public sealed class PostgresFiringLogTests : FiringLogContract
{
    private ProcessCluster? _database;
    private NpgsqlDataSource? _dataSource;

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

    public override async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override async Task<IFiringLog> CreateEmptyAsync()
    {
        _database = await ProcessCluster.CreateAsync();
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        return new PostgresFiringLog(_dataSource);
    }
}
