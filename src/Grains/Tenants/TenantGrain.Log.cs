using Microsoft.Extensions.Logging;

namespace GrainMarketing.Tenants;

public sealed partial class TenantGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} created; daily run due at {NextRun}")]
    private partial void LogCreated(string tenantId, DateTimeOffset nextRun);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} daily run for {LocalDate}; next due at {NextRun}")]
    private partial void LogDailyRun(string tenantId, DateOnly localDate, DateTimeOffset nextRun);
}
