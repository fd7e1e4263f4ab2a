using DbUp;
using DbUp.Engine;
using Npgsql;

namespace GrainMarketing.Silo.Schema;

/// <summary>Applies the versioned SQL scripts in <c>Schema/</c> through DbUp; a second run applies nothing.</summary>
/// <remarks>
/// Orleans' tables to the ADO.NET providers' contract come first, then the project's own. DbUp journals each
/// applied script in <c>schema_versions</c>. A session advisory lock makes concurrent runs wait for each other
/// instead of racing.
/// </remarks>
public static class SchemaMigrator
{
    private const long AdvisoryLockKey = 0x4772_6169_6E4D_6B74; // "GrainMkt"

    public static async Task<DatabaseUpgradeResult> MigrateAsync(string connectionString, CancellationToken cancellationToken)
    {
        EnsureDatabase.For.PostgresqlDatabase(connectionString);

        await using var lockConnection = new NpgsqlConnection(connectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await using (var acquire = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", lockConnection))
        {
            acquire.Parameters.AddWithValue("key", AdvisoryLockKey);
            await acquire.ExecuteNonQueryAsync(cancellationToken);
        }

        var upgrader = DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(SchemaMigrator).Assembly, name => name.EndsWith(".sql", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .JournalToPostgresqlTable("public", "schema_versions")
            .LogToConsole()
            .Build();
        return upgrader.PerformUpgrade();
    }
}
