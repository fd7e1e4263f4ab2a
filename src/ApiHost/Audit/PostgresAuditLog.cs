using Npgsql;
using NpgsqlTypes;

namespace GrainMarketing.ApiHost.Audit;

/// <summary>The <c>audit_log</c> table (migration 0008).</summary>
public sealed class PostgresAuditLog(NpgsqlDataSource dataSource) : IAuditLog
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO audit_log (at, tenant, actor, action, target, before, after, source_ip, user_agent)
            VALUES (@at, @tenant, @actor, @action, @target, @before, @after, @ip, @agent)
            """);
        command.Parameters.AddWithValue("at", entry.At);
        command.Parameters.AddWithValue("tenant", (object?)entry.Tenant ?? DBNull.Value);
        command.Parameters.AddWithValue("actor", (object?)entry.Actor ?? DBNull.Value);
        command.Parameters.AddWithValue("action", entry.Action);
        command.Parameters.AddWithValue("target", (object?)entry.Target ?? DBNull.Value);
        command.Parameters.AddWithValue("before", NpgsqlDbType.Jsonb, (object?)entry.Before?.GetRawText() ?? DBNull.Value);
        command.Parameters.AddWithValue("after", NpgsqlDbType.Jsonb, (object?)entry.After?.GetRawText() ?? DBNull.Value);
        command.Parameters.AddWithValue("ip", (object?)entry.SourceIp ?? DBNull.Value);
        command.Parameters.AddWithValue("agent", (object?)entry.UserAgent ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
