namespace GrainMarketing.Connectors;

/// <summary>Which connection an authorization flow belongs to, until when.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Connectors.OAuthPending")]
public sealed record OAuthPending(
    [property: Id(0)] string Tenant,
    [property: Id(1)] Guid ConnectionId,
    [property: Id(2)] DateTimeOffset ExpiresAt);
