using System.Security.Cryptography;
using GrainMarketing.Errors;

namespace GrainMarketing.Tenants;

/// <summary>Members, pending invitations and API keys of one tenant, with the rules that keep them consistent (at least one admin, bounded lists).</summary>
/// <remarks>The grain persists it; tests drive it directly.</remarks>
[GenerateSerializer, Alias("GrainMarketing.TenantAccessState")]
public sealed class TenantAccessState
{
    public const int MaxMembers = 1_000;
    public const int MaxInvitations = 200;
    public const int MaxActiveKeys = 50;
    public const int MaxRevokedKeysKept = 100;

    /// <summary>By normalised email.</summary>
    [Id(0)] public Dictionary<string, TenantMember> Members { get; set; } = new(StringComparer.Ordinal);

    [Id(1)] public List<PendingInvitation> Invitations { get; set; } = [];

    [Id(2)] public List<StoredApiKey> Keys { get; set; } = [];

    public TenantRole? RoleOf(string email) => Members.TryGetValue(email, out var member) ? member.Role : null;

    public TenantMembers Snapshot(DateTimeOffset now) => new(
        [.. Members.Values.OrderBy(m => m.Email, StringComparer.Ordinal)],
        [.. Invitations.Where(i => i.Invitation.ExpiresAt > now).Select(i => i.Invitation).OrderBy(i => i.CreatedAt)]);

    public TenantMember Initialize(string adminEmail, DateTimeOffset now)
    {
        if (Members.Count == 1 && Members.TryGetValue(adminEmail, out var first) && first.Role == TenantRole.Admin)
        {
            return first;
        }

        if (Members.Count > 0)
        {
            throw new ConflictException(TenantRules.IdNotAvailable);
        }

        return Members[adminEmail] = new TenantMember(adminEmail, TenantRole.Admin, now);
    }

    public TenantInvitation Invite(string email, TenantRole role, string invitedBy, byte[] tokenDigest, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        if (Members.ContainsKey(email))
        {
            throw new ConflictException($"'{email}' is a member already; change their role instead.");
        }

        Invitations.RemoveAll(i => i.Invitation.Email == email || i.Invitation.ExpiresAt <= now);
        if (Invitations.Count >= MaxInvitations)
        {
            throw new ConflictException($"The tenant has {MaxInvitations} pending invitations; withdraw some first.");
        }

        var invitation = new TenantInvitation(Guid.NewGuid(), email, role, invitedBy, now, expiresAt);
        Invitations.Add(new PendingInvitation { Invitation = invitation, TokenDigest = tokenDigest });
        return invitation;
    }

    public TenantInvitation Withdraw(Guid invitationId)
    {
        var index = Invitations.FindIndex(i => i.Invitation.Id == invitationId);
        if (index < 0)
        {
            throw new NotFoundException("Invitation", invitationId.ToString());
        }

        var withdrawn = Invitations[index].Invitation;
        Invitations.RemoveAt(index);
        return withdrawn;
    }

    /// <summary>Whether <paramref name="tokenDigest"/> is a pending invitation of <paramref name="email"/>, expired or not.</summary>
    public bool HasInvitation(string email, byte[] tokenDigest) => InvitationIndex(email, tokenDigest) >= 0;

    /// <summary>A token that matches but has expired is used up too, so it cannot be tried again.</summary>
    public MemberChange Accept(string email, byte[] tokenDigest, DateTimeOffset now)
    {
        var index = InvitationIndex(email, tokenDigest);
        if (index < 0)
        {
            throw new NotFoundException("Invitation", "for this account and token");
        }

        var invitation = Invitations[index].Invitation;
        Invitations.RemoveAt(index);
        if (invitation.ExpiresAt <= now)
        {
            throw new NotFoundException("Invitation", "for this account and token");
        }

        if (Members.Count >= MaxMembers)
        {
            throw new ConflictException($"The tenant has {MaxMembers} members, the most allowed.");
        }

        Members.TryGetValue(email, out var before);
        var after = Members[email] = new TenantMember(email, invitation.Role, before?.JoinedAt ?? now);
        return new MemberChange(before, after);
    }

    public MemberChange ChangeRole(string email, TenantRole role)
    {
        var before = Member(email);
        if (before.Role == TenantRole.Admin && role != TenantRole.Admin)
        {
            EnsureAnotherAdmin(email);
        }

        var after = Members[email] = before with { Role = role };
        return new MemberChange(before, after);
    }

    public MemberChange Remove(string email)
    {
        var before = Member(email);
        if (before.Role == TenantRole.Admin)
        {
            EnsureAnotherAdmin(email);
        }

        Members.Remove(email);
        return new MemberChange(before, null);
    }

    public ApiKeyDetails CreateKey(string keyId, string name, ApiKeyScope scope, string createdBy, byte[] secretDigest, DateTimeOffset now)
    {
        if (Keys.Exists(k => k.Details.Id == keyId))
        {
            throw new ConflictException($"A key with id '{keyId}' exists.");
        }

        if (Keys.Count(k => k.Details.RevokedAt is null) >= MaxActiveKeys)
        {
            throw new ConflictException($"The tenant has {MaxActiveKeys} active keys, the most allowed; revoke one first.");
        }

        var details = new ApiKeyDetails(keyId, name, scope, createdBy, now, LastUsedAt: null, RevokedAt: null);
        Keys.Add(new StoredApiKey { Details = details, SecretDigest = secretDigest });
        return details;
    }

    public IReadOnlyList<ApiKeyDetails> KeyList() => [.. Keys.Select(k => k.Details).OrderByDescending(k => k.CreatedAt)];

    public ApiKeyDetails Revoke(string keyId, DateTimeOffset now)
    {
        var key = Keys.Find(k => k.Details.Id == keyId) ?? throw new NotFoundException("API key", keyId);
        if (key.Details.RevokedAt is null)
        {
            key.Details = key.Details with { RevokedAt = now };
            var revoked = Keys.Where(k => k.Details.RevokedAt is not null).OrderBy(k => k.Details.RevokedAt).ToList();
            foreach (var old in revoked.Take(revoked.Count - MaxRevokedKeysKept))
            {
                Keys.Remove(old);
            }
        }

        return key.Details;
    }

    /// <summary>The key when <paramref name="secretDigest"/> matches an active key, compared in constant time.</summary>
    public StoredApiKey? Verify(string keyId, byte[] secretDigest)
    {
        var key = Keys.Find(k => k.Details.Id == keyId);
        return key is { Details.RevokedAt: null } && CryptographicOperations.FixedTimeEquals(key.SecretDigest, secretDigest) ? key : null;
    }

    private int InvitationIndex(string email, byte[] tokenDigest) =>
        Invitations.FindIndex(i => i.Invitation.Email == email && CryptographicOperations.FixedTimeEquals(i.TokenDigest, tokenDigest));

    private TenantMember Member(string email) =>
        Members.TryGetValue(email, out var member) ? member : throw new NotFoundException("Member", email);

    private void EnsureAnotherAdmin(string email)
    {
        if (!Members.Values.Any(m => m.Role == TenantRole.Admin && m.Email != email))
        {
            throw new ConflictException("A tenant needs at least one admin: make someone else admin first.");
        }
    }
}
