using GrainMarketing.Analysis;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Profiles;
using GrainMarketing.UnitTests.Analysis;

namespace GrainMarketing.IntegrationTests.Persistence;

/// <summary>
/// The analysis tables held to the contract the Memory profile's store meets, each test on the class's
/// <see cref="MigratedDatabase"/> emptied first. <c>PostgresAnalysisStoreTests</c> checks the statements
/// over thousands of generated customers.
/// </summary>
public sealed class PostgresAnalysisStoreContractTests(MigratedDatabase database) : AnalysisStoreContract, IClassFixture<MigratedDatabase>
{
    protected override async Task<IAnalysisStore> CreateEmptyAsync()
    {
        await database.EmptyAsync("analysis_runs", "analysis_snapshots", "analysis_memberships", "customer_profiles");
        return new PostgresAnalysisStore(database.DataSource);
    }

    protected override async Task SeedAsync(params CustomerRow[] rows) => await SeededCustomers.InsertAsync(database.DataSource, rows);
}
