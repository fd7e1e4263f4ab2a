namespace GrainMarketing.Profiles;

/// <summary>Accepted events of one customer, as the API host sends them on the customer's stream.</summary>
/// <remarks>
/// Accepted events of one customer, as the API host sends them on the customer's stream (namespace
/// <see cref="UserStreams.Namespace"/>, stream id = <see cref="UserKey"/>): the edge groups a request's
/// records by customer so each profile receives one message per request.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.UserEventBatch")]
public sealed record UserEventBatch(
    [property: Id(0)] UserKey User,
    [property: Id(1)] DateTimeOffset ReceivedAt,
    [property: Id(2)] IReadOnlyList<Transaction> Transactions,
    [property: Id(3)] IReadOnlyList<Engagement> Engagements);
