using Microsoft.Extensions.Logging;

namespace GrainMarketing.Alerts;

public sealed partial class AlertDeliveryService
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert sender queue is full; delivery {DeliveryId} of tenant {Tenant} waits for its router's retry")]
    private partial void LogQueueFull(string tenant, Guid deliveryId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Attempt {Attempt} of delivery {DeliveryId} (tenant {Tenant}) failed unexpectedly; it counts as a failed attempt")]
    private partial void LogSendFailed(Exception failure, string tenant, Guid deliveryId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outcome of attempt {Attempt} of delivery {DeliveryId} (tenant {Tenant}) could not be reported; its router sends it again")]
    private partial void LogReportLost(Exception failure, string tenant, Guid deliveryId, int attempt);
}
