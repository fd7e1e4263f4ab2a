using System.Text.Json;
using GrainMarketing.Automation;
using GrainMarketing.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace GrainMarketing.Alerts;

/// <summary><see cref="IAlertHistory"/> on the <c>alert_history</c> and <c>alert_delivery_attempts</c> tables (migration 0011).</summary>
/// <remarks>Each write is one batch, which PostgreSQL runs as one implicit transaction: an alert and its first attempts land together or not at all.</remarks>
public sealed class PostgresAlertHistory(NpgsqlDataSource dataSource) : IAlertHistory
{
    private const string InsertAttemptSql = """
        INSERT INTO alert_delivery_attempts (tenant, alert_id, delivery_id, channel_id, channel, attempt, outcome, http_status, error, duration_ms, at)
        VALUES (@tenant, @alert_id, @delivery_id, @channel_id, @channel, @attempt, @outcome, @http_status, @error, @duration_ms, @at)
        """;

    /// <summary>One statement for every combination of filters: an absent filter is a NULL parameter.</summary>
    private const string QuerySql = """
        SELECT id, alert_id, kind, severity, title, text, dedup_key, occurred_at, raised_at, status, rule_id, target, fields
        FROM alert_history h
        WHERE tenant = @tenant
          AND (@before::bigint IS NULL OR id < @before)
          AND (@severity::text IS NULL OR severity = @severity)
          AND (@kind::text IS NULL OR kind = @kind)
          AND (@status::text IS NULL OR status = @status)
          AND (@rule_id::uuid IS NULL OR rule_id = @rule_id)
          AND (@from::timestamptz IS NULL OR raised_at >= @from)
          AND (@to::timestamptz IS NULL OR raised_at < @to)
          AND (@channel::text IS NULL OR EXISTS (
                SELECT 1 FROM alert_delivery_attempts a WHERE a.tenant = @tenant AND a.channel = @channel AND a.alert_id = h.alert_id))
        ORDER BY id DESC
        LIMIT @limit
        """;

    public async Task RecordAlertAsync(string tenant, AlertHistoryEntry alert, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        var insert = new NpgsqlBatchCommand("""
            INSERT INTO alert_history (tenant, alert_id, kind, severity, title, text, dedup_key, rule_id, target, fields, occurred_at, raised_at, status)
            VALUES (@tenant, @alert_id, @kind, @severity, @title, @text, @dedup_key, @rule_id, @target, @fields, @occurred_at, @raised_at, @status)
            ON CONFLICT (alert_id) DO NOTHING
            """);
        insert.Parameters.AddWithValue("tenant", tenant);
        insert.Parameters.AddWithValue("alert_id", alert.AlertId);
        insert.Parameters.AddWithValue("kind", alert.Kind);
        insert.Parameters.AddWithValue("severity", Name(alert.Severity));
        insert.Parameters.AddWithValue("title", alert.Title);
        insert.Parameters.AddWithValue("text", alert.Text);
        insert.Parameters.AddWithValue("dedup_key", alert.DedupKey);
        insert.Parameters.AddOptional("rule_id", NpgsqlDbType.Uuid, alert.RuleId);
        insert.Parameters.AddOptional("target", NpgsqlDbType.Text, alert.Target);
        insert.Parameters.AddOptional("fields", NpgsqlDbType.Jsonb, alert.Fields is null ? null : JsonSerializer.Serialize(alert.Fields));
        insert.Parameters.AddWithValue("occurred_at", alert.OccurredAt.ToUniversalTime());
        insert.Parameters.AddWithValue("raised_at", alert.RaisedAt.ToUniversalTime());
        insert.Parameters.AddWithValue("status", Name(alert.Status));
        batch.BatchCommands.Add(insert);
        foreach (var attempt in alert.Attempts)
        {
            batch.BatchCommands.Add(AttemptCommand(tenant, alert.AlertId, attempt));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordAttemptAsync(string tenant, Guid alertId, AlertDeliveryAttempt attempt, AlertStatus? status, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(AttemptCommand(tenant, alertId, attempt));
        if (status is { } final)
        {
            var update = new NpgsqlBatchCommand("UPDATE alert_history SET status = @status WHERE alert_id = @alert_id AND tenant = @tenant");
            update.Parameters.AddWithValue("status", Name(final));
            update.Parameters.AddWithValue("alert_id", alertId);
            update.Parameters.AddWithValue("tenant", tenant);
            batch.BatchCommands.Add(update);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<AlertHistoryPage> QueryAsync(string tenant, AlertHistoryQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var alerts = new List<AlertHistoryEntry>();
        await using (var command = new NpgsqlCommand(QuerySql, connection))
        {
            command.Parameters.AddWithValue("tenant", tenant);
            command.Parameters.AddOptional("before", NpgsqlDbType.Bigint, query.Before);
            command.Parameters.AddOptional("severity", NpgsqlDbType.Text, query.Severity is { } severity ? Name(severity) : null);
            command.Parameters.AddOptional("kind", NpgsqlDbType.Text, query.Kind);
            command.Parameters.AddOptional("status", NpgsqlDbType.Text, query.Status is { } status ? Name(status) : null);
            command.Parameters.AddOptional("rule_id", NpgsqlDbType.Uuid, query.RuleId);
            command.Parameters.AddOptional("from", NpgsqlDbType.TimestampTz, query.From?.ToUniversalTime());
            command.Parameters.AddOptional("to", NpgsqlDbType.TimestampTz, query.To?.ToUniversalTime());
            command.Parameters.AddOptional("channel", NpgsqlDbType.Text, query.Channel);
            command.Parameters.AddWithValue("limit", query.Limit + 1);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                alerts.Add(new AlertHistoryEntry(
                    reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), Parse<AlertSeverity>(reader.GetString(3)),
                    reader.GetString(4), reader.GetString(5), reader.GetString(6),
                    reader.GetFieldValue<DateTimeOffset>(7), reader.GetFieldValue<DateTimeOffset>(8), Parse<AlertStatus>(reader.GetString(9)),
                    reader.IsDBNull(10) ? null : reader.GetGuid(10),
                    reader.IsDBNull(11) ? null : reader.GetString(11),
                    reader.IsDBNull(12) ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(12)),
                    []));
            }
        }

        var attempts = await AttemptsAsync(connection, [.. alerts.Select(a => a.AlertId)], cancellationToken);
        var page = alerts.Select(a => a with { Attempts = attempts.TryGetValue(a.AlertId, out var list) ? list : [] }).ToList();
        return AlertHistoryPage.From(page, query.Limit);
    }

    private static async Task<Dictionary<Guid, List<AlertDeliveryAttempt>>> AttemptsAsync(NpgsqlConnection connection, Guid[] alertIds, CancellationToken cancellationToken)
    {
        var attempts = new Dictionary<Guid, List<AlertDeliveryAttempt>>();
        if (alertIds.Length == 0)
        {
            return attempts;
        }

        await using var command = new NpgsqlCommand("""
            SELECT alert_id, delivery_id, channel_id, channel, attempt, outcome, http_status, error, duration_ms, at
            FROM alert_delivery_attempts WHERE alert_id = ANY(@ids) ORDER BY id
            """, connection);
        command.Parameters.AddWithValue("ids", alertIds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var alertId = reader.GetGuid(0);
            if (!attempts.TryGetValue(alertId, out var list))
            {
                attempts[alertId] = list = [];
            }

            list.Add(new AlertDeliveryAttempt(
                reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetGuid(2), reader.GetString(3), reader.GetInt32(4),
                Parse<DeliveryOutcome>(reader.GetString(5)), reader.IsDBNull(6) ? null : reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetDouble(8), reader.GetFieldValue<DateTimeOffset>(9)));
        }

        return attempts;
    }

    private static NpgsqlBatchCommand AttemptCommand(string tenant, Guid alertId, AlertDeliveryAttempt attempt)
    {
        var command = new NpgsqlBatchCommand(InsertAttemptSql);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("alert_id", alertId);
        command.Parameters.AddWithValue("delivery_id", attempt.DeliveryId);
        command.Parameters.AddOptional("channel_id", NpgsqlDbType.Uuid, attempt.ChannelId);
        command.Parameters.AddWithValue("channel", attempt.Channel);
        command.Parameters.AddWithValue("attempt", attempt.Attempt);
        command.Parameters.AddWithValue("outcome", Name(attempt.Outcome));
        command.Parameters.AddOptional("http_status", NpgsqlDbType.Integer, attempt.HttpStatus);
        command.Parameters.AddOptional("error", NpgsqlDbType.Text, attempt.Error);
        command.Parameters.AddWithValue("duration_ms", attempt.DurationMs);
        command.Parameters.AddWithValue("at", attempt.At.ToUniversalTime());
        return command;
    }

    /// <summary>Enum values as the API writes them: <c>deadLettered</c>, <c>warning</c>.</summary>
    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static T Parse<T>(string text) where T : struct, Enum => Enum.Parse<T>(text, ignoreCase: true);
}
