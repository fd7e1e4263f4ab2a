using Microsoft.Extensions.Logging;

namespace GrainMarketing.Alerts;

public sealed partial class AlertRouterGrain
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Tenant {Tenant}: alert {Kind} with key {DedupKey} suppressed as a repeat within the de-duplication window")]
    private partial void LogSuppressed(string tenant, string kind, string dedupKey);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Tenant {Tenant}: outcome of attempt {Attempt} of delivery {DeliveryId} ignored; it is already known or the delivery has ended")]
    private partial void LogStaleReport(string tenant, Guid deliveryId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {Tenant}: delivery {DeliveryId} to channel {Channel} dead-lettered after {Attempts} attempts; last error: {Error}")]
    private partial void LogDeadLettered(string tenant, Guid deliveryId, string channel, int attempts, string? error);
}
