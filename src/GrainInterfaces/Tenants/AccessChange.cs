namespace GrainMarketing.Tenants;

/// <summary>What changed in who may do what, for API hosts to drop what they have cached about it.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AccessChange")]
public sealed record AccessChange(
    [property: Id(0)] AccessChangeKind Kind,
    [property: Id(1)] string Tenant,
    [property: Id(2)] string Subject);
