using GrainMarketing.Tenants;

namespace GrainMarketing.ApiHost.Tenants;

/// <summary>Body of <c>POST /api/v1/tenants/{tenant}/invitations</c>.</summary>
/// <param name="Email">Who to invite; they accept signed in with this email.</param>
/// <param name="Role">viewer, editor or admin.</param>
public sealed record InviteRequest(string? Email, TenantRole? Role);

/// <summary>Body of <c>POST /api/v1/tenants/{tenant}/invitations/accept</c>: the token from the invitation email.</summary>
public sealed record AcceptInvitationRequest(string? Token);

/// <summary>Body of <c>PUT /api/v1/tenants/{tenant}/members/{email}</c>.</summary>
public sealed record ChangeRoleRequest(TenantRole? Role);
