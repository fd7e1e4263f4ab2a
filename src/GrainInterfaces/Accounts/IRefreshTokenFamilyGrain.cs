using Orleans.Concurrency;

namespace GrainMarketing.Accounts;

/// <summary>One login's chain of refresh tokens (keyed by a random family id).</summary>
/// <remarks>
/// Only the newest token is valid; presenting an earlier token of the family means it was copied, and revokes
/// the whole family. A secret the family never issued changes nothing, so knowing the family id (the access
/// token's <c>sid</c>) is not enough to end a login. The grain keeps SHA-256 digests of the tokens' secrets
/// (the current one and the newest retired ones), never the secrets.
/// </remarks>
public interface IRefreshTokenFamilyGrain : IGrainWithGuidKey
{
    /// <summary>Starts the family for <paramref name="accountEmail"/> with its first token's digest.</summary>
    Task StartAsync(string accountEmail, byte[] tokenDigest, DateTimeOffset expiresAt);

    /// <summary>Replaces the current token by the next one and answers the account's email.</summary>
    /// <remarks>
    /// No email when the family is unknown, revoked or expired, or <paramref name="presentedDigest"/> is not the
    /// current token; an earlier token of the family also revokes it (<see cref="RefreshRotation.Ended"/>).
    /// </remarks>
    Task<RefreshRotation> RotateAsync(byte[] presentedDigest, byte[] nextDigest);

    /// <summary>Logout: ends the family when <paramref name="presentedDigest"/> is its current or an earlier token; false, changing nothing, otherwise.</summary>
    Task<bool> EndAsync(byte[] presentedDigest);

    /// <summary>Ends the family (a password reset, or too many logins): no token of it refreshes again.</summary>
    Task RevokeAsync();

    /// <summary>Whether the login is still on: started, not revoked, not expired. Access tokens of an ended login stop working.</summary>
    [ReadOnly]
    Task<bool> IsActiveAsync();
}
