using System.Text.Json;
using GrainMarketing.Runs;
using Npgsql;
using NpgsqlTypes;

namespace GrainMarketing.Insights.Predictions;

/// <summary>
/// The <c>campaign_outcome_models</c> table (migration 0017): each version's figures as JSON and its package as bytes
/// (null once pruned, migration 0018); and <c>campaign_outcome_runs</c> (0018): each training run as JSON.
/// </summary>
public sealed class PostgresOutcomeModelRegistry(NpgsqlDataSource dataSource) : IOutcomeModelRegistry
{
    private readonly PostgresRunTable<TrainingRun> _runs = new(dataSource, "campaign_outcome_runs", "queued_at", PredictionJson.Options);

    public async Task<OutcomeModelVersion> AddAsync(string tenant, TrainedOutcomeModel model, DateTimeOffset trainedAt, bool live, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var next = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) + 1 FROM campaign_outcome_models WHERE tenant = @tenant", connection, transaction))
        {
            next.Parameters.AddWithValue("tenant", tenant);
            var version = model.AsVersion((int)(await next.ExecuteScalarAsync(cancellationToken))!, trainedAt);
            if (live)
            {
                await using var retire = new NpgsqlCommand("UPDATE campaign_outcome_models SET live = false WHERE tenant = @tenant AND live", connection, transaction);
                retire.Parameters.AddWithValue("tenant", tenant);
                await retire.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var insert = new NpgsqlCommand("""
                INSERT INTO campaign_outcome_models (tenant, version, trained_at, data_from, data_to, held_out_from, row_count, model, package, live)
                VALUES (@tenant, @version, @trainedAt, @from, @to, @heldOutFrom, @rows, @model, @package, @live)
                """, connection, transaction);
            insert.Parameters.AddWithValue("tenant", tenant);
            insert.Parameters.AddWithValue("version", version.Version);
            insert.Parameters.AddWithValue("trainedAt", trainedAt.ToUniversalTime());
            insert.Parameters.AddWithValue("from", version.From);
            insert.Parameters.AddWithValue("to", version.To);
            insert.Parameters.AddWithValue("heldOutFrom", version.HeldOutFrom);
            insert.Parameters.AddWithValue("rows", version.Rows);
            insert.Parameters.AddWithValue("model", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(version, PredictionJson.Options));
            insert.Parameters.AddWithValue("package", model.Package);
            insert.Parameters.AddWithValue("live", live);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return version;
        }
    }

    public async Task<RegisteredModels> ListAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT model, live, package IS NULL FROM campaign_outcome_models WHERE tenant = @tenant ORDER BY version DESC");
        command.Parameters.AddWithValue("tenant", tenant);
        var versions = new List<OutcomeModelVersion>();
        int? liveVersion = null;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var version = JsonSerializer.Deserialize<OutcomeModelVersion>(reader.GetString(0), PredictionJson.Options)
                ?? throw new InvalidDataException($"campaign_outcome_models of {tenant} holds an empty version.");
            versions.Add(version with { PackagePruned = reader.GetBoolean(2) });
            liveVersion = reader.GetBoolean(1) ? version.Version : liveVersion;
        }

        return new RegisteredModels(versions, liveVersion);
    }

    public async Task<byte[]?> LoadPackageAsync(string tenant, int version, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT package FROM campaign_outcome_models WHERE tenant = @tenant AND version = @version");
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("version", version);
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    public async Task<int> PrunePackagesAsync(string tenant, int kept, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE campaign_outcome_models SET package = NULL
            WHERE tenant = @tenant AND NOT live AND package IS NOT NULL
              AND version <= (SELECT MAX(version) FROM campaign_outcome_models WHERE tenant = @tenant) - @kept
            """);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("kept", kept);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task SaveRunAsync(string tenant, TrainingRun run, CancellationToken cancellationToken) =>
        _runs.SaveAsync(tenant, run.Id, run.QueuedAt, run, cancellationToken);

    public Task<TrainingRun?> FindRunAsync(string tenant, Guid id, CancellationToken cancellationToken) => _runs.FindAsync(tenant, id, cancellationToken);

    public Task<IReadOnlyList<TrainingRun>> ListRunsAsync(string tenant, int limit, CancellationToken cancellationToken) =>
        _runs.ListAsync(tenant, limit, cancellationToken);
}
