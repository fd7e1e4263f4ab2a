using GrainMarketing.Streaming;
using GrainMarketing.UnitTests.Streaming;

namespace GrainMarketing.IntegrationTests.Persistence;

/// <summary>The <c>metric_journal</c> tables behind the metric streams against a real server, each test on the class's <see cref="MigratedDatabase"/> emptied first.</summary>
public sealed class PostgresMetricJournalTests(MigratedDatabase database) : MetricJournalContract, IClassFixture<MigratedDatabase>
{
    protected override async Task<IMetricJournal> CreateEmptyAsync()
    {
        await database.EmptyAsync("metric_journal", "metric_journal_cursor");
        return new PostgresMetricJournal(database.DataSource);
    }
}
