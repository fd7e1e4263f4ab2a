using GrainMarketing.Insights.Predictions;
using GrainMarketing.IntegrationTests.Persistence;
using GrainMarketing.UnitTests.Insights.Predictions;

namespace GrainMarketing.IntegrationTests.Insights.Predictions;

/// <summary>The <c>campaign_outcome_models</c> and <c>campaign_outcome_runs</c> tables against a real server, each test on the class's <see cref="MigratedDatabase"/> emptied first.</summary>
public sealed class PostgresOutcomeModelRegistryTests(MigratedDatabase database) : OutcomeModelRegistryContract, IClassFixture<MigratedDatabase>
{
    protected override async Task<IOutcomeModelRegistry> CreateEmptyAsync()
    {
        await database.EmptyAsync("campaign_outcome_models", "campaign_outcome_runs");
        return new PostgresOutcomeModelRegistry(database.DataSource);
    }
}
