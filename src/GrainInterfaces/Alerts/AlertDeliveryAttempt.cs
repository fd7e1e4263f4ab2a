namespace GrainMarketing.Alerts;

/// <summary>One attempt to deliver an alert to one channel.</summary>
/// <param name="ChannelId">Null when the alert named a channel that does not exist.</param>
/// <param name="Attempt">1 for the first try; 0 when nothing could be tried.</param>
/// <param name="HttpStatus">The receiver's status code, when it answered over HTTP.</param>
/// <param name="Error">Why it failed: a status, a timeout, a refused connection, an SMTP error.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AlertDeliveryAttempt")]
public sealed record AlertDeliveryAttempt(
    [property: Id(0)] Guid DeliveryId,
    [property: Id(1)] Guid? ChannelId,
    [property: Id(2)] string Channel,
    [property: Id(3)] int Attempt,
    [property: Id(4)] DeliveryOutcome Outcome,
    [property: Id(5)] int? HttpStatus,
    [property: Id(6)] string? Error,
    [property: Id(7)] double DurationMs,
    [property: Id(8)] DateTimeOffset At);
