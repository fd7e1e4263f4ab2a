namespace GrainMarketing.Tenants;

/// <summary>A tenant's members and the invitations that have not been accepted, expired or withdrawn.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.TenantMembers")]
public sealed record TenantMembers(
    [property: Id(0)] IReadOnlyList<TenantMember> Members,
    [property: Id(1)] IReadOnlyList<TenantInvitation> Invitations);
