using GrainMarketing.Accounts;
using GrainMarketing.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Tenants;

/// <summary>Holds <see cref="TenantAccessState"/> for one tenant and tells each member's account grain which tenants it belongs to, after the change is stored.</summary>
/// <remarks>
/// A key's last use is written at most once a <see cref="KeyUseWritePeriod"/>, so verifying keys does not
/// write on every request.
/// </remarks>
[GrainType("tenant-access")]
public sealed class TenantAccessGrain(
    [PersistentState("access", StorageNames.Default)] IPersistentState<TenantAccessState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, ITenantAccessGrain
{
    public static readonly TimeSpan KeyUseWritePeriod = TimeSpan.FromMinutes(1);

    private string Tenant => this.GetPrimaryKeyString();

    public async Task<TenantMember> InitializeAsync(string adminEmail)
    {
        var admin = state.State.Initialize(adminEmail, clock.GetUtcNow());
        await state.WriteStateAsync();
        await IndexAsync(new MemberChange(null, admin));
        return admin;
    }

    public Task<TenantRole?> GetRoleAsync(string email) => Task.FromResult(state.State.RoleOf(email));

    public Task<TenantMembers> GetMembersAsync() => Task.FromResult(state.State.Snapshot(clock.GetUtcNow()));

    public async Task<TenantInvitation> InviteAsync(string email, TenantRole role, string invitedBy, byte[] tokenDigest, DateTimeOffset expiresAt)
    {
        var invitation = state.State.Invite(email, role, invitedBy, tokenDigest, clock.GetUtcNow(), expiresAt);
        await state.WriteStateAsync();
        return invitation;
    }

    public async Task<TenantInvitation> WithdrawInvitationAsync(Guid invitationId)
    {
        var invitation = state.State.Withdraw(invitationId);
        await state.WriteStateAsync();
        return invitation;
    }

    public async Task<MemberChange> AcceptInvitationAsync(string email, byte[] tokenDigest)
    {
        // A token that matches nothing writes nothing: anyone signed in can try one on any tenant.
        if (!state.State.HasInvitation(email, tokenDigest))
        {
            throw new NotFoundException("Invitation", "for this account and token");
        }

        MemberChange change;
        try
        {
            change = state.State.Accept(email, tokenDigest, clock.GetUtcNow());
        }
        finally
        {
            // A matching but expired invitation is removed before the refusal, and that must be stored too.
            await state.WriteStateAsync();
        }

        await IndexAsync(change);
        await PublishAsync(AccessChangeKind.Member, email);
        return change;
    }

    public Task<MemberChange> ChangeRoleAsync(string email, TenantRole role) => ApplyAsync(state.State.ChangeRole(email, role));

    public Task<MemberChange> RemoveMemberAsync(string email) => ApplyAsync(state.State.Remove(email));

    public async Task<ApiKeyDetails> CreateApiKeyAsync(string keyId, string name, ApiKeyScope scope, string createdBy, byte[] secretDigest)
    {
        var key = state.State.CreateKey(keyId, name, scope, createdBy, secretDigest, clock.GetUtcNow());
        await state.WriteStateAsync();
        return key;
    }

    public Task<IReadOnlyList<ApiKeyDetails>> GetApiKeysAsync() => Task.FromResult(state.State.KeyList());

    public async Task<ApiKeyDetails> RevokeApiKeyAsync(string keyId)
    {
        var key = state.State.Revoke(keyId, clock.GetUtcNow());
        await state.WriteStateAsync();
        await PublishAsync(AccessChangeKind.Key, keyId);
        return key;
    }

    public async Task<ApiKeyScope?> VerifyApiKeyAsync(string keyId, byte[] secretDigest)
    {
        if (state.State.Verify(keyId, secretDigest) is not { } key)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var written = key.Details.LastUsedAt;
        key.Details = key.Details with { LastUsedAt = now };
        if (written is null || now - written >= KeyUseWritePeriod)
        {
            await state.WriteStateAsync();
        }

        return key.Details.Scope;
    }

    private async Task<MemberChange> ApplyAsync(MemberChange change)
    {
        await state.WriteStateAsync();
        await IndexAsync(change);
        await PublishAsync(AccessChangeKind.Member, (change.Before ?? change.After)!.Email);
        return change;
    }

    /// <summary>Tells every API host to drop what it cached about this member or key.</summary>
    private Task PublishAsync(AccessChangeKind kind, string subject) =>
        GrainFactory.GetGrain<IAccessChangeHubGrain>(0).PublishAsync(new AccessChange(kind, Tenant, subject));

    /// <summary>Keeps the account's list of tenants in step; the membership stored here is what decides access.</summary>
    private Task IndexAsync(MemberChange change) =>
        (change.Before, change.After) switch
        {
            (null, { } joined) => GrainFactory.GetGrain<IAccountGrain>(joined.Email).SetMembershipAsync(Tenant, member: true),
            ({ } left, null) => GrainFactory.GetGrain<IAccountGrain>(left.Email).SetMembershipAsync(Tenant, member: false),
            _ => Task.CompletedTask,
        };
}
