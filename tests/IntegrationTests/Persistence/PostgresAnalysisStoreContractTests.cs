using GrainMarketing.Analysis;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Profiles;
using GrainMarketing.UnitTests.Analysis;
using Npgsql;

namespace GrainMarketing.IntegrationTests.Persistence;

/// <summary>
/// The analysis tables held to the contract the Memory profile's store meets, each test in a database of its
/// own migrated by the real <c>migrate</c> command. <c>PostgresAnalysisStoreTests</c> checks the statements
/// over thousands of generated customers.
/// </summary>
public sealed class PostgresAnalysisStoreContractTests : AnalysisStoreContract
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

    protected override async Task<IAnalysisStore> CreateEmptyAsync()
    {
        _database = await ProcessCluster.CreateAsync();
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        return new PostgresAnalysisStore(_dataSource);
    }

    protected override async Task SeedAsync(params CustomerRow[] rows) => await SeededCustomers.InsertAsync(_dataSource!, rows);
}
