using GrainMarketing.IntegrationTests.Infrastructure;
using Npgsql;

namespace GrainMarketing.IntegrationTests.Persistence;

/// <summary>
/// A database for one test class, migrated once by the real <c>migrate</c> command: a store's tests
/// empty its tables before each test instead of migrating a database of their own every time.
/// </summary>
public sealed class MigratedDatabase : IAsyncLifetime
{
    private ProcessCluster? _cluster;
    private NpgsqlDataSource? _dataSource;

    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _cluster = await ProcessCluster.CreateAsync();
        _dataSource = NpgsqlDataSource.Create(_cluster.ConnectionString);
    }

    /// <summary>Deletes every row of <paramref name="tables"/> and restarts their identity columns, so ids count from 1 again.</summary>
    public async Task EmptyAsync(params string[] tables)
    {
        await using var command = DataSource.CreateCommand($"TRUNCATE {string.Join(", ", tables)} RESTART IDENTITY");
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
