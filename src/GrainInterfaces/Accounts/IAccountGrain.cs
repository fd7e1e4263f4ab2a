using Orleans.Concurrency;

namespace GrainMarketing.Accounts;

/// <summary>A person's account, keyed by the normalised email (<see cref="AccountEmail.Normalize"/>).</summary>
/// <remarks>It keeps the password hash; the API host hashes, verifies, limits failed logins and issues tokens.</remarks>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; a taken email is a conflict (409).</summary>
    Task<AccountDetails> RegisterAsync(string displayName, string passwordHash);

    /// <summary>The account; not found (404) when nobody registered this email.</summary>
    [ReadOnly]
    Task<AccountDetails> GetAsync();

    /// <summary>The stored password hash, for the API host to check a login; null when no such account.</summary>
    [ReadOnly]
    Task<AccountSecret?> GetSecretAsync();

    /// <summary>Remembers the digest of a password-reset token valid until <paramref name="expiresAt"/>, replacing any earlier one.</summary>
    /// <remarks>False when no such account (nothing is stored).</remarks>
    Task<bool> RequestPasswordResetAsync(byte[] tokenDigest, DateTimeOffset expiresAt);

    /// <summary>Sets a new password hash if <paramref name="tokenDigest"/> is the pending reset token and it has not expired; the token is used up either way once it matched.</summary>
    /// <remarks>
    /// A reset ends every login, whose sessions it answers; null when the token is not
    /// valid.
    /// </remarks>
    Task<IReadOnlyList<Guid>?> ResetPasswordAsync(byte[] tokenDigest, string newPasswordHash);

    /// <summary>Remembers a login (its refresh-token family) so a password reset can end it.</summary>
    /// <remarks>The account keeps the newest <c>MaxSessions</c>; a login beyond that ends the oldest.</remarks>
    Task AddSessionAsync(Guid family);

    /// <summary>Notes that the account joined or left <paramref name="tenant"/>; the tenant's access grain decides, this only lists.</summary>
    Task SetMembershipAsync(string tenant, bool member);

    /// <summary>The tenants the account belongs to, as their access grains last reported.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> GetTenantsAsync();
}
