namespace GrainMarketing.Alerts;

/// <summary>An alert still on its way to one channel.</summary>
/// <param name="Attempts">Attempts whose outcome is known; the next one is number <c>Attempts + 1</c>.</param>
/// <param name="NextAttemptAt">When the next attempt is due (domain clock).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.PendingDelivery")]
public sealed record PendingDelivery(
    [property: Id(0)] Guid DeliveryId,
    [property: Id(1)] Guid AlertId,
    [property: Id(2)] Alert Alert,
    [property: Id(3)] Guid ChannelId,
    [property: Id(4)] int Attempts,
    [property: Id(5)] DateTimeOffset NextAttemptAt,
    [property: Id(6)] int MaxAttempts);
