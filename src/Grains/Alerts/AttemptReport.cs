namespace GrainMarketing.Alerts;

/// <summary>The outcome of one attempt, as the silo's sender reports it back to the tenant's router.</summary>
/// <param name="Error">Why it failed; never a URL or secret.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AttemptReport")]
public sealed record AttemptReport(
    [property: Id(0)] Guid DeliveryId,
    [property: Id(1)] int Attempt,
    [property: Id(2)] bool Delivered,
    [property: Id(3)] int? HttpStatus,
    [property: Id(4)] string? Error,
    [property: Id(5)] DateTimeOffset StartedAt,
    [property: Id(6)] double DurationMs);
