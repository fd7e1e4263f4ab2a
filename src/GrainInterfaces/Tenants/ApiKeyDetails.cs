namespace GrainMarketing.Tenants;

/// <summary>An API key as anyone may see it: the secret part is never kept, only its digest.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ApiKeyDetails")]
public sealed record ApiKeyDetails(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] ApiKeyScope Scope,
    [property: Id(3)] string CreatedBy,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] DateTimeOffset? LastUsedAt,
    [property: Id(6)] DateTimeOffset? RevokedAt);
