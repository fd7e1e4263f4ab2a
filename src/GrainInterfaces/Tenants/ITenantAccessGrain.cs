using GrainMarketing.Errors;
using Orleans.Concurrency;

namespace GrainMarketing.Tenants;

/// <summary>Who may do what in one tenant (keyed by the tenant's slug): members with roles, pending invitations and API keys.</summary>
/// <remarks>
/// Tokens and keys are generated and hashed by the API host; this grain keeps only SHA-256 digests. Every
/// change keeps at least one admin.
/// </remarks>
public interface ITenantAccessGrain : IGrainWithStringKey
{
    /// <summary>Makes <paramref name="adminEmail"/> the first admin of a new tenant; idempotent for the same email.</summary>
    /// <exception cref="ConflictException">The tenant already has members.</exception>
    Task<TenantMember> InitializeAsync(string adminEmail);

    /// <summary>The role of <paramref name="email"/>, or null when they are not a member (or the tenant does not exist).</summary>
    [ReadOnly]
    Task<TenantRole?> GetRoleAsync(string email);

    /// <summary>Members and pending (unexpired) invitations.</summary>
    [ReadOnly]
    Task<TenantMembers> GetMembersAsync();

    /// <summary>Invites <paramref name="email"/> with <paramref name="role"/>, replacing an earlier invitation for the same email.</summary>
    /// <exception cref="ConflictException">The email is already a member.</exception>
    Task<TenantInvitation> InviteAsync(string email, TenantRole role, string invitedBy, byte[] tokenDigest, DateTimeOffset expiresAt);

    /// <summary>Withdraws a pending invitation.</summary>
    /// <exception cref="NotFoundException">No pending invitation has this id.</exception>
    Task<TenantInvitation> WithdrawInvitationAsync(Guid invitationId);

    /// <summary>Makes <paramref name="email"/> a member if <paramref name="tokenDigest"/> is their pending, unexpired invitation; the invitation is used up.</summary>
    /// <exception cref="NotFoundException">No pending invitation for this email matches the token.</exception>
    Task<MemberChange> AcceptInvitationAsync(string email, byte[] tokenDigest);

    /// <summary>Gives a member another role.</summary>
    /// <exception cref="NotFoundException">The email is not a member.</exception>
    /// <exception cref="ConflictException">The change would leave the tenant without an admin.</exception>
    Task<MemberChange> ChangeRoleAsync(string email, TenantRole role);

    /// <summary>Removes a member (an admin removing someone, or someone leaving).</summary>
    /// <exception cref="NotFoundException">The email is not a member.</exception>
    /// <exception cref="ConflictException">The member is the last admin.</exception>
    Task<MemberChange> RemoveMemberAsync(string email);

    /// <summary>Stores a new key's digest under <paramref name="keyId"/>.</summary>
    /// <exception cref="ConflictException">The id is taken, or the tenant has the most active keys allowed.</exception>
    Task<ApiKeyDetails> CreateApiKeyAsync(string keyId, string name, ApiKeyScope scope, string createdBy, byte[] secretDigest);

    /// <summary>Every key, active and revoked, newest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<ApiKeyDetails>> GetApiKeysAsync();

    /// <summary>Revokes a key at once; revoking a revoked key changes nothing.</summary>
    /// <exception cref="NotFoundException">No key has this id.</exception>
    Task<ApiKeyDetails> RevokeApiKeyAsync(string keyId);

    /// <summary>The scope of an active key whose secret has <paramref name="secretDigest"/>, or null; notes the use.</summary>
    Task<ApiKeyScope?> VerifyApiKeyAsync(string keyId, byte[] secretDigest);
}
