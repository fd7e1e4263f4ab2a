using GrainMarketing.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace GrainMarketing.Profiles;

/// <summary>The customer table in PostgreSQL (migration 0012).</summary>
/// <remarks>
/// A batch of rows and changes is one statement (the upsert in a data-modifying CTE before the append), so
/// it is written whole or not at all. Member pages read each pattern's partial index in id order.
/// </remarks>
public sealed class PostgresCustomerStore(NpgsqlDataSource dataSource) : ICustomerStore
{
    private const string Columns = "tenant, user_id, shard, patterns, spend, transactions, recent_spend, prior_spend, first_seen, last_seen, top_category, top_city, updated_at";

    private const string WriteSql = $"""
        WITH upserted AS (
            INSERT INTO customer_profiles ({Columns})
            SELECT * FROM unnest(@tenants, @users, @shards, @patterns, @spend, @transactions, @recent, @prior, @first, @last, @categories, @cities, @updated)
            ON CONFLICT (tenant, user_id) DO UPDATE SET
                shard = EXCLUDED.shard, patterns = EXCLUDED.patterns, spend = EXCLUDED.spend, transactions = EXCLUDED.transactions,
                recent_spend = EXCLUDED.recent_spend, prior_spend = EXCLUDED.prior_spend, first_seen = EXCLUDED.first_seen,
                last_seen = EXCLUDED.last_seen, top_category = EXCLUDED.top_category, top_city = EXCLUDED.top_city, updated_at = EXCLUDED.updated_at
        )
        INSERT INTO pattern_changes (tenant, user_id, seq, pattern, entered, at)
        SELECT * FROM unnest(@change_tenants, @change_users, @change_seqs, @change_patterns, @change_entered, @change_at)
        ON CONFLICT (tenant, user_id, seq) DO NOTHING
        """;

    /// <summary>One statement for every combination of filters: an absent filter is a NULL parameter, folded away at planning.</summary>
    private const string ChangesSql = """
        SELECT id, user_id, pattern, entered, at
        FROM pattern_changes
        WHERE tenant = @tenant
          AND (@before::bigint IS NULL OR id < @before)
          AND (@after::bigint IS NULL OR id > @after)
          AND (@pattern::text IS NULL OR pattern = @pattern)
          AND (@user::text IS NULL OR user_id = @user)
          AND (@entered::boolean IS NULL OR entered = @entered)
          AND (@from::timestamptz IS NULL OR at >= @from)
          AND (@to::timestamptz IS NULL OR at < @to)
        ORDER BY id DESC
        LIMIT @limit
        """;

    public async Task WriteAsync(IReadOnlyList<CustomerRow> rows, IReadOnlyList<PatternChangeRow> changes, CancellationToken cancellationToken)
    {
        if (rows.Count == 0 && changes.Count == 0)
        {
            return;
        }

        // ON CONFLICT may touch a row once per statement: a customer's last row in the batch is the one written.
        var latest = rows.GroupBy(row => (row.Tenant, row.UserId)).Select(group => group.Last()).ToList();
        await using var command = dataSource.CreateCommand(WriteSql);
        command.Parameters.AddWithValue("tenants", latest.Select(r => r.Tenant).ToArray());
        command.Parameters.AddWithValue("users", latest.Select(r => r.UserId).ToArray());
        command.Parameters.AddWithValue("shards", latest.Select(r => (short)r.Shard).ToArray());
        command.Parameters.AddWithValue("patterns", latest.Select(r => r.Patterns).ToArray());
        command.Parameters.AddWithValue("spend", latest.Select(r => r.Spend).ToArray());
        command.Parameters.AddWithValue("transactions", latest.Select(r => r.Transactions).ToArray());
        command.Parameters.AddWithValue("recent", latest.Select(r => r.RecentSpend).ToArray());
        command.Parameters.AddWithValue("prior", latest.Select(r => r.PriorSpend).ToArray());
        command.Parameters.AddWithValue("first", latest.Select(r => r.FirstSeen.ToUniversalTime()).ToArray());
        command.Parameters.AddWithValue("last", latest.Select(r => r.LastSeen.ToUniversalTime()).ToArray());
        command.Parameters.AddWithValue("categories", NpgsqlDbType.Array | NpgsqlDbType.Text, latest.Select(r => r.TopCategory).ToArray());
        command.Parameters.AddWithValue("cities", NpgsqlDbType.Array | NpgsqlDbType.Text, latest.Select(r => r.TopCity).ToArray());
        command.Parameters.AddWithValue("updated", latest.Select(r => r.UpdatedAt.ToUniversalTime()).ToArray());
        command.Parameters.AddWithValue("change_tenants", changes.Select(c => c.Tenant).ToArray());
        command.Parameters.AddWithValue("change_users", changes.Select(c => c.UserId).ToArray());
        command.Parameters.AddWithValue("change_seqs", changes.Select(c => c.Sequence).ToArray());
        command.Parameters.AddWithValue("change_patterns", changes.Select(c => EnumNames.Camel(c.Pattern)).ToArray());
        command.Parameters.AddWithValue("change_entered", changes.Select(c => c.Entered).ToArray());
        command.Parameters.AddWithValue("change_at", changes.Select(c => c.At.ToUniversalTime()).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CustomerRow>> MembersAsync(string tenant, BehaviorPattern pattern, string? after, int limit, CancellationToken cancellationToken)
    {
        // The pattern's bit is a literal, so the planner matches the pattern's partial index (tenant, user_id) and reads it in order.
        await using var command = dataSource.CreateCommand($"""
            SELECT {Columns} FROM customer_profiles
            WHERE tenant = @tenant AND (patterns & {PatternBits.Of(pattern)}) <> 0{(after is null ? "" : " AND user_id > @after")}
            ORDER BY user_id
            LIMIT @limit
            """);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("limit", limit);
        if (after is not null)
        {
            command.Parameters.AddWithValue("after", after);
        }

        return await ReadRowsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<CustomerRow>> ShardAsync(string tenant, BehaviorPattern pattern, int shard, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT {Columns} FROM customer_profiles
            WHERE tenant = @tenant AND shard = @shard AND (patterns & {PatternBits.Of(pattern)}) <> 0
            """);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("shard", (short)shard);
        return await ReadRowsAsync(command, cancellationToken);
    }

    public async Task<bool> ContainsAsync(string tenant, string userId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM customer_profiles WHERE tenant = @tenant AND user_id = @user)");
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("user", userId);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<PatternChangePage> ChangesAsync(string tenant, PatternChangeQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ChangesSql);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddOptional("before", NpgsqlDbType.Bigint, query.Before);
        command.Parameters.AddOptional("after", NpgsqlDbType.Bigint, query.After);
        command.Parameters.AddOptional("pattern", NpgsqlDbType.Text, query.Pattern is { } pattern ? EnumNames.Camel(pattern) : null);
        command.Parameters.AddOptional("user", NpgsqlDbType.Text, query.UserId);
        command.Parameters.AddOptional("entered", NpgsqlDbType.Boolean, query.Entered);
        command.Parameters.AddOptional("from", NpgsqlDbType.TimestampTz, query.From?.ToUniversalTime());
        command.Parameters.AddOptional("to", NpgsqlDbType.TimestampTz, query.To?.ToUniversalTime());
        command.Parameters.AddWithValue("limit", query.Limit + 1);

        var matches = new List<StoredPatternChange>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            matches.Add(new StoredPatternChange(
                reader.GetInt64(0), reader.GetString(1), Enum.Parse<BehaviorPattern>(reader.GetString(2), ignoreCase: true),
                reader.GetBoolean(3), reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return PatternChangePages.From(matches, query.Limit);
    }

    private static async Task<IReadOnlyList<CustomerRow>> ReadRowsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<CustomerRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new CustomerRow(
                reader.GetString(0), reader.GetString(1), reader.GetInt32(3), reader.GetDecimal(4), reader.GetInt32(5),
                reader.GetDecimal(6), reader.GetDecimal(7), reader.GetFieldValue<DateTimeOffset>(8), reader.GetFieldValue<DateTimeOffset>(9),
                reader.IsDBNull(10) ? null : reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetString(11),
                reader.GetFieldValue<DateTimeOffset>(12)));
        }

        return rows;
    }
}
