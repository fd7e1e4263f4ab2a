using GrainMarketing.History;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Metrics;
using GrainMarketing.UnitTests.History;
using Npgsql;

namespace GrainMarketing.IntegrationTests.Persistence;

/// <summary>The <c>metric_daily</c> store against a real server, each test in a database of its own migrated by the real <c>migrate</c> command.</summary>
public sealed class PostgresMetricHistoryTests : MetricHistoryContract
{
    private ProcessCluster? _database;
    private NpgsqlDataSource? _dataSource;

    private ProcessCluster Database => _database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    [Fact]
    public async Task ARepeatedSaveOfUnchangedTotalsLeavesTheRowsUntouched()
    {
        KeyValuePair<MetricCell, MetricTotals>[] cells = [Cell(Day, Breakdown.None, 10, 1.5m), Cell(Day, new(Age: "18-24"), 4)];
        await History.SaveAsync(Shoes, cells, CancellationToken.None);
        var written = await LastWrittenAsync();

        await History.SaveAsync(Shoes, cells, CancellationToken.None);
        Assert.Equal(written, await LastWrittenAsync());

        await History.SaveAsync(Shoes, [Cell(Day, Breakdown.None, 11, 1.5m)], CancellationToken.None);
        Assert.True(await LastWrittenAsync() > written);
        Assert.Equal(2L, await Database.QueryScalarAsync<long>("SELECT count(*) FROM metric_daily"));
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

    protected override async Task<IMetricHistory> CreateEmptyAsync()
    {
        _database = await ProcessCluster.CreateAsync();
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        return new PostgresMetricHistory(_dataSource);
    }

    private Task<DateTime> LastWrittenAsync() => Database.QueryScalarAsync<DateTime>("SELECT max(written_at) FROM metric_daily");
}
