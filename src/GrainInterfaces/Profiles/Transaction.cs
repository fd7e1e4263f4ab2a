namespace GrainMarketing.Profiles;

/// <summary>One purchase by a tenant's customer: amount, currency, time, where and how.</summary>
/// <remarks>
/// The amount is in <see cref="Currency"/>; <see cref="At"/> keeps its offset, so the customer's local weekday is
/// known. <see cref="EventId"/> makes a re-sent transaction count once.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Transaction")]
public sealed record Transaction(
    [property: Id(0)] string EventId,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] string Currency,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? Merchant = null,
    [property: Id(5)] string? Category = null,
    [property: Id(6)] string? City = null,
    [property: Id(7)] double? Latitude = null,
    [property: Id(8)] double? Longitude = null,
    [property: Id(9)] string? Channel = null);
