using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Profiles;
using GrainMarketing.UnitTests.Profiles;
using Npgsql;

namespace GrainMarketing.IntegrationTests.Persistence;

/// <summary>The customer table against a real server, each test in a database of its own migrated by the real <c>migrate</c> command.</summary>
public sealed class PostgresCustomerStoreTests : CustomerStoreContract
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

    [Fact]
    public async Task ASegmentPageIsReadThroughItsPatternsPartialIndex()
    {
        var rows = Enumerable.Range(0, 5000).Select(n => new CustomerRow(
            "acme", $"u{n:D5}", n % 10 == 0 ? PatternBits.Of(BehaviorPattern.Weekend) : PatternBits.Of(BehaviorPattern.New),
            n, 3, n, 0, Start, Start, null, null, Start)).ToList();
        await Store.WriteAsync(rows, [], CancellationToken.None);
        await using (var analyze = _dataSource!.CreateCommand("ANALYZE customer_profiles"))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        await using var explain = _dataSource.CreateCommand("""
            EXPLAIN SELECT user_id FROM customer_profiles
            WHERE tenant = 'acme' AND (patterns & 4) <> 0 AND user_id > 'u00100' ORDER BY user_id LIMIT 100
            """);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        Assert.Contains(plan, line => line.Contains("ix_customer_profiles_weekend", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Sort", StringComparison.Ordinal));
    }

    protected override async Task<ICustomerStore> CreateEmptyAsync()
    {
        _database = await ProcessCluster.CreateAsync();
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        return new PostgresCustomerStore(_dataSource);
    }
}
