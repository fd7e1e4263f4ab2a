using System.Text.Json;
using GrainMarketing.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace GrainMarketing.Audit;

/// <summary>The <c>audit_log</c> table (migrations 0008 and 0009).</summary>
public sealed class PostgresAuditLog(NpgsqlDataSource dataSource) : IAuditLog
{
    /// <summary>One statement for every combination of filters: an absent filter is a NULL parameter, which PostgreSQL folds away when it plans the statement with its values.</summary>
    /// <remarks>Prefixes are compared with <c>starts_with</c>, so <c>%</c> and <c>_</c> in them are plain characters.</remarks>
    private const string QuerySql = """
        SELECT id, at, action, actor, target, before, after, source_ip, user_agent
        FROM audit_log
        WHERE tenant = @tenant
          AND (@before::bigint IS NULL OR id < @before)
          AND (@action::text IS NULL OR action = @action)
          AND (@prefix::text IS NULL OR starts_with(action, @prefix))
          AND (@actor::text IS NULL OR actor = @actor)
          AND (@target::text IS NULL OR target = @target)
          AND (@from::timestamptz IS NULL OR at >= @from)
          AND (@to::timestamptz IS NULL OR at < @to)
        ORDER BY id DESC
        LIMIT @limit
        """;

    public async Task RecordAsync(AuditEntry entry, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO audit_log (at, tenant, actor, action, target, before, after, source_ip, user_agent)
            VALUES (@at, @tenant, @actor, @action, @target, @before, @after, @ip, @agent)
            """);
        command.Parameters.AddWithValue("at", entry.At);
        command.Parameters.AddOptional("tenant", NpgsqlDbType.Text, entry.Tenant);
        command.Parameters.AddOptional("actor", NpgsqlDbType.Text, entry.Actor);
        command.Parameters.AddWithValue("action", entry.Action);
        command.Parameters.AddOptional("target", NpgsqlDbType.Text, entry.Target);
        command.Parameters.AddOptional("before", NpgsqlDbType.Jsonb, entry.Before?.GetRawText());
        command.Parameters.AddOptional("after", NpgsqlDbType.Jsonb, entry.After?.GetRawText());
        command.Parameters.AddOptional("ip", NpgsqlDbType.Text, entry.SourceIp);
        command.Parameters.AddOptional("agent", NpgsqlDbType.Text, entry.UserAgent);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(QuerySql);
        command.Parameters.AddWithValue("tenant", query.Tenant);
        command.Parameters.AddOptional("before", NpgsqlDbType.Bigint, query.Before);
        command.Parameters.AddOptional("action", NpgsqlDbType.Text, query.ExactAction);
        command.Parameters.AddOptional("prefix", NpgsqlDbType.Text, query.ActionPrefix);
        command.Parameters.AddOptional("actor", NpgsqlDbType.Text, query.Actor);
        command.Parameters.AddOptional("target", NpgsqlDbType.Text, query.Target);
        command.Parameters.AddOptional("from", NpgsqlDbType.TimestampTz, query.From?.ToUniversalTime());
        command.Parameters.AddOptional("to", NpgsqlDbType.TimestampTz, query.To?.ToUniversalTime());
        command.Parameters.AddWithValue("limit", query.Limit + 1);

        var matches = new List<AuditRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            matches.Add(new AuditRecord(
                reader.GetInt64(0),
                new AuditEntry(
                    reader.GetFieldValue<DateTimeOffset>(1),
                    reader.GetString(2),
                    Text(reader, 3),
                    query.Tenant,
                    Text(reader, 4),
                    Json(reader, 5),
                    Json(reader, 6),
                    Text(reader, 7),
                    Text(reader, 8))));
        }

        return AuditPage.From(matches, query.Limit);
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static JsonElement? Json(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : JsonSerializer.Deserialize<JsonElement>(reader.GetString(ordinal));
}
