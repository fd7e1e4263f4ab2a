using GrainMarketing.Alerts;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.UnitTests.Alerts;
using Npgsql;

namespace GrainMarketing.IntegrationTests.Persistence;

/// <summary>The alert history tables against a real server, each test in a database of its own migrated by the real <c>migrate</c> command.</summary>
public sealed class PostgresAlertHistoryTests : AlertHistoryContract
{
    private ProcessCluster? _database;
    private NpgsqlDataSource? _dataSource;

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

    protected override async Task<IAlertHistory> CreateEmptyAsync()
    {
        _database = await ProcessCluster.CreateAsync();
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        return new PostgresAlertHistory(_dataSource);
    }
}
