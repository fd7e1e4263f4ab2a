using GrainMarketing.Offers;
using GrainMarketing.Persistence;
using GrainMarketing.Profiles;
using GrainMarketing.Runs;
using Npgsql;
using NpgsqlTypes;

namespace GrainMarketing.Analysis;

/// <summary>The analysis over <c>customer_profiles</c> and its tables (migration 0014), inside the server.</summary>
/// <remarks>
/// One statement judges every customer of a tenant and writes the membership snapshot, so a million
/// customers cost a few sorts and one bulk insert inside the server, never a row through the silo.
/// </remarks>
public sealed class PostgresAnalysisStore(NpgsqlDataSource dataSource) : IAnalysisStore
{
    private readonly PostgresRunTable<AnalysisRun> _runs = new(dataSource, "analysis_runs", "started_at", AnalysisJson.Options);

    /// <summary>The threshold and RFM cuts, the snapshot inserted from them, and its count per pattern.</summary>
    /// <remarks>
    /// The threshold (the spend ranked ceil(share × spenders) from the top) and the RFM cuts as
    /// <c>percentile_disc</c> (the rules of <see cref="RfmQuintiles"/>), the snapshot inserted from them, and
    /// what the insert wrote counted per pattern.
    /// </remarks>
    private static readonly string AnalyzeSql = $"""
        WITH spenders AS (
            SELECT (SELECT spend
                    FROM (SELECT spend, row_number() OVER (ORDER BY spend DESC) AS rank, count(*) OVER () AS n
                          FROM customer_profiles
                          WHERE tenant = @tenant AND spend > 0) ranked
                    WHERE rank = greatest(ceil(@share * n), 1)) AS threshold
        ),
        customers AS (
            SELECT user_id, patterns, spend, transactions,
                   greatest(0, floor(extract(epoch FROM @at - last_seen) / 86400))::integer AS recency
            FROM customer_profiles
            WHERE tenant = @tenant
        ),
        cuts AS (
            SELECT percentile_disc(@quintiles) WITHIN GROUP (ORDER BY recency) AS r,
                   percentile_disc(@quintiles) WITHIN GROUP (ORDER BY transactions) AS f,
                   percentile_disc(@quintiles) WITHIN GROUP (ORDER BY spend) AS m
            FROM customers
        ),
        snapshot AS (
            INSERT INTO analysis_memberships (run_id, tenant, user_id, patterns, recency, frequency, monetary, spend)
            SELECT @run, @tenant, c.user_id,
                   (c.patterns & ~@high) | CASE WHEN c.spend > 0 AND c.spend >= s.threshold THEN @high ELSE 0 END,
                   5 - {Above("c.recency", "cuts.r")},
                   1 + {Above("c.transactions", "cuts.f")},
                   1 + {Above("c.spend", "cuts.m")},
                   c.spend
            FROM customers c CROSS JOIN cuts CROSS JOIN spenders s
            RETURNING patterns
        )
        SELECT (SELECT threshold FROM spenders), (SELECT r::float8[] FROM cuts), (SELECT f::float8[] FROM cuts), (SELECT m::float8[] FROM cuts),
               count(*)::integer{string.Concat(Enum.GetValues<BehaviorPattern>().Select(pattern => $", count(*) FILTER (WHERE patterns & {PatternBits.Of(pattern)} <> 0)::integer"))}
        FROM snapshot
        """;

    /// <summary>Drops the memberships of every snapshot but the tenant's newest ones.</summary>
    private const string PruneSql = """
        WITH old AS (
            DELETE FROM analysis_snapshots
            WHERE run_id IN (SELECT run_id FROM analysis_snapshots WHERE tenant = @tenant ORDER BY seq DESC OFFSET @kept)
            RETURNING run_id
        )
        DELETE FROM analysis_memberships WHERE run_id IN (SELECT run_id FROM old)
        """;

    public async Task<AnalysisFindings> AnalyzeAsync(string tenant, Guid run, DateTimeOffset at, double highSpenderTopShare, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var taken = new NpgsqlCommand("INSERT INTO analysis_snapshots (run_id, tenant, taken_at) VALUES (@run, @tenant, @at)", connection, transaction))
        {
            taken.Parameters.AddWithValue("run", run);
            taken.Parameters.AddWithValue("tenant", tenant);
            taken.Parameters.AddWithValue("at", at.ToUniversalTime());
            await taken.ExecuteNonQueryAsync(cancellationToken);
        }

        AnalysisFindings findings;
        await using (var analyze = new NpgsqlCommand(AnalyzeSql, connection, transaction) { CommandTimeout = 600 })
        {
            analyze.Parameters.AddWithValue("tenant", tenant);
            analyze.Parameters.AddWithValue("run", run);
            analyze.Parameters.AddWithValue("at", at.ToUniversalTime());
            analyze.Parameters.AddWithValue("share", highSpenderTopShare);
            analyze.Parameters.AddWithValue("quintiles", RfmQuintiles.Fractions);
            analyze.Parameters.AddWithValue("high", PatternBits.Of(BehaviorPattern.HighSpender));
            await using var reader = await analyze.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var customers = reader.GetInt32(4);
            findings = new AnalysisFindings(
                customers,
                reader.IsDBNull(0) ? null : reader.GetDecimal(0),
                customers == 0 ? null : new RfmCuts(reader.GetFieldValue<double[]>(1), reader.GetFieldValue<double[]>(2), reader.GetFieldValue<double[]>(3)),
                Enum.GetValues<BehaviorPattern>().Select((pattern, i) => (pattern, i)).ToDictionary(entry => entry.pattern, entry => reader.GetInt32(5 + entry.i)));
        }

        await using (var prune = new NpgsqlCommand(PruneSql, connection, transaction) { CommandTimeout = 600 })
        {
            prune.Parameters.AddWithValue("tenant", tenant);
            prune.Parameters.AddWithValue("kept", IAnalysisStore.SnapshotsKept);
            await prune.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return findings;
    }

    public async Task<IReadOnlyList<AnalysisMembership>> ReadSnapshotAsync(string tenant, Guid run, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT user_id, patterns, recency, frequency, monetary, spend
            FROM analysis_memberships
            WHERE run_id = @run AND tenant = @tenant
            ORDER BY user_id COLLATE "C"
            """);
        command.Parameters.AddWithValue("run", run);
        command.Parameters.AddWithValue("tenant", tenant);
        var members = new List<AnalysisMembership>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            members.Add(new AnalysisMembership(reader.GetString(0), reader.GetInt32(1), reader.GetInt16(2), reader.GetInt16(3), reader.GetInt16(4), reader.GetDecimal(5)));
        }

        return members;
    }

    public async Task<IReadOnlyList<string>> DisagreeingAsync(string tenant, decimal? threshold, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT user_id
            FROM customer_profiles
            WHERE tenant = @tenant
              AND ((patterns & @high) <> 0) <> coalesce(spend > 0 AND spend >= @threshold, false)
            ORDER BY user_id COLLATE "C"
            """);
        command.CommandTimeout = 600;
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("high", PatternBits.Of(BehaviorPattern.HighSpender));
        command.Parameters.AddOptional("threshold", NpgsqlDbType.Numeric, threshold);
        var users = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(reader.GetString(0));
        }

        return users;
    }

    public async Task<int> CountAsync(string tenant, TargetCriteria criteria, double risingRatio, decimal? highSpenderThreshold, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        command.CommandTimeout = 600;
        command.CommandText = $"SELECT count(*)::integer FROM customer_profiles WHERE tenant = @tenant AND {CustomerCriteria.Sql(command, criteria, risingRatio, highSpenderThreshold)}";
        command.Parameters.AddWithValue("tenant", tenant);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public Task SaveRunAsync(string tenant, AnalysisRun run, CancellationToken cancellationToken) =>
        _runs.SaveAsync(tenant, run.Id, run.StartedAt, run, cancellationToken);

    public Task<AnalysisRun?> FindRunAsync(string tenant, Guid id, CancellationToken cancellationToken) => _runs.FindAsync(tenant, id, cancellationToken);

    public Task<IReadOnlyList<AnalysisRun>> ListRunsAsync(string tenant, int limit, CancellationToken cancellationToken) =>
        _runs.ListAsync(tenant, limit, cancellationToken);

    /// <summary>How many of the four cuts <paramref name="value"/> lies above, as a SQL sum.</summary>
    private static string Above(string value, string cuts) =>
        "(" + string.Join(" + ", Enumerable.Range(1, 4).Select(i => $"({value} > {cuts}[{i}])::integer")) + ")";
}
