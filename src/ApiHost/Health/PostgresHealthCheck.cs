using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace GrainMarketing.ApiHost.Health;

/// <summary>Ready when PostgreSQL answers <c>SELECT 1</c> (Postgres profile only; no business data is read here).</summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("database unreachable", exception);
        }
    }
}
