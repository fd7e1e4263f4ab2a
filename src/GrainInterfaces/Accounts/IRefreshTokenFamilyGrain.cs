using Orleans.Concurrency;

namespace GrainMarketing.Accounts;

/// <summary>One login's chain of refresh tokens (keyed by a random family id).</summary>
/// <remarks>
/// Only the newest token is valid; presenting any other token of the family means it was copied, and
/// revokes the whole family. The grain keeps SHA-256 digests of the tokens' secrets, never the secrets.
/// </remarks>
public interface IRefreshTokenFamilyGrain : IGrainWithGuidKey
{
    /// <summary>Starts the family for <paramref name="accountEmail"/> with its first token's digest.</summary>
    Task StartAsync(string accountEmail, byte[] tokenDigest, DateTimeOffset expiresAt);

    /// <summary>Replaces the current token by the next one and returns the account's email, or null.</summary>
    /// <remarks>
    /// Replaces the current token by the next one and returns the account's email; null when the family is
    /// unknown, revoked or expired, or <paramref name="presentedDigest"/> is not the current token (which
    /// revokes the family).
    /// </remarks>
    Task<string?> RotateAsync(byte[] presentedDigest, byte[] nextDigest);

    /// <summary>Ends the family (logout): no token of it refreshes again.</summary>
    Task RevokeAsync();

    /// <summary>Whether the login is still on: started, not revoked, not expired. Access tokens of an ended login stop working.</summary>
    [ReadOnly]
    Task<bool> IsActiveAsync();
}
