namespace GrainMarketing.Tenants;

/// <summary>A person in a tenant: their account's normalised email and their role.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.TenantMember")]
public sealed record TenantMember(
    [property: Id(0)] string Email,
    [property: Id(1)] TenantRole Role,
    [property: Id(2)] DateTimeOffset JoinedAt);
