namespace GrainMarketing.Tenants;

/// <summary>A pending invitation to join a tenant; its token was emailed and only its digest is kept.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.TenantInvitation")]
public sealed record TenantInvitation(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Email,
    [property: Id(2)] TenantRole Role,
    [property: Id(3)] string InvitedBy,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] DateTimeOffset ExpiresAt);
