using Npgsql;
using NpgsqlTypes;

namespace GrainMarketing.Streaming;

/// <summary><see cref="IMetricJournal"/> on the <c>metric_journal</c> table (migration 0005).</summary>
public sealed class PostgresMetricJournal(NpgsqlDataSource dataSource) : IMetricJournal
{
    private const string AppendSql = """
        SELECT pg_advisory_xact_lock(738201, @queue);
        INSERT INTO metric_journal (queue, seq, stream_key, payload)
        SELECT @queue, nextval('metric_journal_seq'), k, p FROM unnest(@keys, @payloads) WITH ORDINALITY AS rows(k, p, n) ORDER BY n
        RETURNING seq;
        """;

    public bool IsDurable => true;

    public async Task<IReadOnlyList<long>> AppendAsync(int queue, IReadOnlyList<(string StreamKey, byte[] Payload)> rows, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(AppendSql, connection, transaction);
        command.Parameters.AddWithValue("queue", NpgsqlDbType.Smallint, (short)queue);
        command.Parameters.AddWithValue("keys", NpgsqlDbType.Array | NpgsqlDbType.Text, rows.Select(r => r.StreamKey).ToArray());
        command.Parameters.AddWithValue("payloads", NpgsqlDbType.Array | NpgsqlDbType.Bytea, rows.Select(r => r.Payload).ToArray());
        var sequences = new List<long>(rows.Count);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                sequences.Add(reader.GetInt64(0));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        sequences.Sort();
        return sequences;
    }

    public Task<IReadOnlyList<JournalRow>> ReadQueueAsync(int queue, long after, int max, CancellationToken cancellationToken) =>
        ReadAsync(
            "SELECT queue, seq, stream_key, payload FROM metric_journal WHERE queue = @queue AND seq > @after ORDER BY seq LIMIT @max",
            command =>
            {
                command.Parameters.AddWithValue("queue", NpgsqlDbType.Smallint, (short)queue);
                command.Parameters.AddWithValue("after", after);
                command.Parameters.AddWithValue("max", max);
            },
            cancellationToken);

    public Task<IReadOnlyList<JournalRow>> ReadStreamAsync(string streamKey, long after, CancellationToken cancellationToken) =>
        ReadAsync(
            "SELECT queue, seq, stream_key, payload FROM metric_journal WHERE stream_key = @key AND seq > @after ORDER BY seq",
            command =>
            {
                command.Parameters.AddWithValue("key", streamKey);
                command.Parameters.AddWithValue("after", after);
            },
            cancellationToken);

    public async Task<long> LoadCursorAsync(string provider, int queue, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT seq FROM metric_journal_cursor WHERE provider = @provider AND queue = @queue");
        command.Parameters.AddWithValue("provider", provider);
        command.Parameters.AddWithValue("queue", NpgsqlDbType.Smallint, (short)queue);
        return await command.ExecuteScalarAsync(cancellationToken) is long seq ? seq : 0;
    }

    public async Task SaveCursorAsync(string provider, int queue, long sequence, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO metric_journal_cursor (provider, queue, seq) VALUES (@provider, @queue, @seq)
            ON CONFLICT (provider, queue) DO UPDATE SET seq = GREATEST(metric_journal_cursor.seq, excluded.seq)
            """);
        command.Parameters.AddWithValue("provider", provider);
        command.Parameters.AddWithValue("queue", NpgsqlDbType.Smallint, (short)queue);
        command.Parameters.AddWithValue("seq", sequence);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> PruneAsync(string provider, DateTimeOffset receivedBefore, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            DELETE FROM metric_journal j
             USING metric_journal_cursor c
             WHERE c.provider = @provider AND c.queue = j.queue AND j.seq <= c.seq AND j.received_at < @before
            """);
        command.Parameters.AddWithValue("provider", provider);
        command.Parameters.AddWithValue("before", receivedBefore);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<JournalRow>> ReadAsync(string sql, Action<NpgsqlCommand> parameters, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        parameters(command);
        var rows = new List<JournalRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new JournalRow(reader.GetInt16(0), reader.GetInt64(1), reader.GetString(2), (byte[])reader[3]));
        }

        return rows;
    }
}
