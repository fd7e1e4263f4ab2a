using System.Text.Json;
using GrainMarketing.Automation;
using GrainMarketing.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace GrainMarketing.Insights.Anomalies;

/// <summary><see cref="IAnomalyStore"/> on the <c>anomalies</c> table (migrations 0016 and 0019).</summary>
public sealed class PostgresAnomalyStore(NpgsqlDataSource dataSource) : IAnomalyStore
{
    private const string Columns = """
        number, id, level, series_id, metric, kind, severity, hour, detected_at, observed, expected, lower_bound, upper_bound,
        score, threshold, baseline, history_hours, evidence, alerted, status, feedback_by, feedback_at, group_id
        """;

    /// <summary>One statement for every combination of filters: an absent filter is a NULL parameter.</summary>
    private const string QuerySql = $"""
        SELECT {Columns} FROM anomalies
        WHERE tenant = @tenant
          AND (@before::bigint IS NULL OR number < @before)
          AND (@level::text IS NULL OR level = @level)
          AND (@series_id::text IS NULL OR series_id = @series_id)
          AND (@metric::text IS NULL OR metric = @metric)
          AND (@severity::text IS NULL OR severity = @severity)
          AND (@status::text IS NULL OR status = @status)
          AND (@from::timestamptz IS NULL OR detected_at >= @from)
          AND (@to::timestamptz IS NULL OR detected_at < @to)
          AND (@group_id::uuid IS NULL OR group_id = @group_id)
        ORDER BY number DESC
        LIMIT @limit
        """;

    public async Task AddAsync(string tenant, Anomaly anomaly, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO anomalies (tenant, id, level, series_id, metric, kind, severity, hour, detected_at, observed, expected, lower_bound,
                upper_bound, score, threshold, baseline, history_hours, evidence, alerted, status, feedback_by, feedback_at, group_id)
            VALUES (@tenant, @id, @level, @series_id, @metric, @kind, @severity, @hour, @detected_at, @observed, @expected, @lower_bound,
                @upper_bound, @score, @threshold, @baseline, @history_hours, @evidence, @alerted, @status, @feedback_by, @feedback_at, @group_id)
            ON CONFLICT (id) DO NOTHING
            """);
        var p = command.Parameters;
        p.AddWithValue("tenant", tenant);
        p.AddWithValue("id", anomaly.Id);
        p.AddWithValue("level", Name(anomaly.Level));
        p.AddWithValue("series_id", anomaly.SeriesId);
        p.AddWithValue("metric", Name(anomaly.Metric));
        p.AddWithValue("kind", Name(anomaly.Kind));
        p.AddWithValue("severity", Name(anomaly.Severity));
        p.AddWithValue("hour", anomaly.Hour.ToUniversalTime());
        p.AddWithValue("detected_at", anomaly.DetectedAt.ToUniversalTime());
        p.AddWithValue("observed", anomaly.Observed);
        p.AddWithValue("expected", anomaly.Expected);
        p.AddWithValue("lower_bound", anomaly.Lower);
        p.AddWithValue("upper_bound", anomaly.Upper);
        p.AddWithValue("score", anomaly.Score);
        p.AddWithValue("threshold", anomaly.Threshold);
        p.AddWithValue("baseline", Name(anomaly.Baseline));
        p.AddWithValue("history_hours", anomaly.HistoryHours);
        p.AddWithValue("evidence", anomaly.Evidence);
        p.AddWithValue("alerted", anomaly.Alerted);
        p.AddWithValue("status", Name(anomaly.Status));
        p.AddOptional("feedback_by", NpgsqlDbType.Text, anomaly.FeedbackBy);
        p.AddOptional("feedback_at", NpgsqlDbType.TimestampTz, anomaly.FeedbackAt?.ToUniversalTime());
        p.AddWithValue("group_id", anomaly.GroupId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<AnomalyPage> QueryAsync(string tenant, AnomalyQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(QuerySql);
        var p = command.Parameters;
        p.AddWithValue("tenant", tenant);
        p.AddOptional("before", NpgsqlDbType.Bigint, query.Before);
        p.AddOptional("level", NpgsqlDbType.Text, query.Level is { } level ? Name(level) : null);
        p.AddOptional("series_id", NpgsqlDbType.Text, query.SeriesId);
        p.AddOptional("metric", NpgsqlDbType.Text, query.Metric is { } metric ? Name(metric) : null);
        p.AddOptional("severity", NpgsqlDbType.Text, query.Severity is { } severity ? Name(severity) : null);
        p.AddOptional("status", NpgsqlDbType.Text, query.Status is { } status ? Name(status) : null);
        p.AddOptional("from", NpgsqlDbType.TimestampTz, query.From?.ToUniversalTime());
        p.AddOptional("to", NpgsqlDbType.TimestampTz, query.To?.ToUniversalTime());
        p.AddOptional("group_id", NpgsqlDbType.Uuid, query.GroupId);
        p.AddWithValue("limit", query.Limit + 1);
        var anomalies = new List<Anomaly>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            anomalies.Add(Read(reader));
        }

        return AnomalyPage.From(anomalies, query.Limit);
    }

    public async Task<Anomaly?> JudgeAsync(string tenant, Guid id, AnomalyStatus status, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // The old row is read in the same statement that changes it, so the answer is the anomaly as it was.
        await using var command = dataSource.CreateCommand($"""
            WITH old AS (SELECT {Columns} FROM anomalies WHERE tenant = @tenant AND id = @id FOR UPDATE),
                 changed AS (UPDATE anomalies SET status = @status, feedback_by = @actor, feedback_at = @at WHERE tenant = @tenant AND id = @id)
            SELECT * FROM old
            """);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("status", Name(status));
        command.Parameters.AddWithValue("actor", actor);
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static Anomaly Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetGuid(1), Parse<AnomalyLevel>(reader.GetString(2)), reader.GetString(3),
        Parse<AnomalyMetric>(reader.GetString(4)), Parse<AnomalyKind>(reader.GetString(5)), Parse<AlertSeverity>(reader.GetString(6)),
        reader.GetFieldValue<DateTimeOffset>(7), reader.GetFieldValue<DateTimeOffset>(8),
        reader.GetDouble(9), reader.GetDouble(10), reader.GetDouble(11), reader.GetDouble(12), reader.GetDouble(13), reader.GetDouble(14),
        Parse<AnomalyBaseline>(reader.GetString(15)), reader.GetInt32(16), reader.GetString(17), reader.GetGuid(22), reader.GetBoolean(18),
        Parse<AnomalyStatus>(reader.GetString(19)),
        reader.IsDBNull(20) ? null : reader.GetString(20),
        reader.IsDBNull(21) ? null : reader.GetFieldValue<DateTimeOffset>(21));

    /// <summary>Enum values as the API writes them: <c>brokenPixel</c>, <c>falsePositive</c>.</summary>
    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static T Parse<T>(string text) where T : struct, Enum => Enum.Parse<T>(text, ignoreCase: true);
}
