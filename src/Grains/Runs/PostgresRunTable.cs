using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace GrainMarketing.Runs;

/// <summary>A table of a tenant's runs, each stored whole as JSON: <c>(id, tenant, {orderColumn}, seq, run)</c>, as <c>analysis_runs</c> and <c>campaign_outcome_runs</c> are.</summary>
/// <remarks>
/// Runs are listed newest first by <paramref name="orderColumn"/> (when the run began or was queued), then by
/// when each was first stored (<c>seq</c>), so two runs of one instant keep their order.
/// </remarks>
/// <param name="table">The table's name: a constant of the caller, never input.</param>
public sealed class PostgresRunTable<TRun>(NpgsqlDataSource dataSource, string table, string orderColumn, JsonSerializerOptions json)
    where TRun : class
{
    /// <summary>Stores <paramref name="run"/>, replacing an earlier state of the same run (its order time stays the first one stored).</summary>
    public async Task SaveAsync(string tenant, Guid id, DateTimeOffset at, TRun run, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO {table} (id, tenant, {orderColumn}, run) VALUES (@id, @tenant, @at, @run)
            ON CONFLICT (id) DO UPDATE SET run = excluded.run
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
        command.Parameters.AddWithValue("run", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(run, json));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<TRun?> FindAsync(string tenant, Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT run FROM {table} WHERE id = @id AND tenant = @tenant");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("tenant", tenant);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<TRun>> ListAsync(string tenant, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT run FROM {table} WHERE tenant = @tenant ORDER BY {orderColumn} DESC, seq DESC LIMIT @limit");
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    private async Task<IReadOnlyList<TRun>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var runs = new List<TRun>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(JsonSerializer.Deserialize<TRun>(reader.GetString(0), json) ?? throw new InvalidDataException($"A {table} row holds no run."));
        }

        return runs;
    }
}
