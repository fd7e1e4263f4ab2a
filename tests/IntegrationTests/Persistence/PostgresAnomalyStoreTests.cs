using GrainMarketing.Insights.Anomalies;
using GrainMarketing.UnitTests.Insights.Anomalies;

namespace GrainMarketing.IntegrationTests.Persistence;

/// <summary>The <c>anomalies</c> table against a real server, each test on the class's <see cref="MigratedDatabase"/> emptied first.</summary>
public sealed class PostgresAnomalyStoreTests(MigratedDatabase database) : AnomalyStoreContract, IClassFixture<MigratedDatabase>
{
    protected override async Task<IAnomalyStore> CreateEmptyAsync()
    {
        await database.EmptyAsync("anomalies");
        return new PostgresAnomalyStore(database.DataSource);
    }
}
