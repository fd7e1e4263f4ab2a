namespace GrainMarketing.ApiHost.Auth;

/// <summary>
/// A refused login: wrong email or password (401, the same answer for both, so nobody learns which
/// emails have accounts), or a locked account (423 with Retry-After).
/// </summary>
public sealed class LoginRefusedException(DateTimeOffset? lockedUntil, bool refreshTokenRefused = false)
    : Exception(refreshTokenRefused
        ? "The refresh token is not valid: unknown, expired, revoked or already used."
        : lockedUntil is null ? "The email or password is wrong." : "The account is locked after repeated failed logins.")
{
    public DateTimeOffset? LockedUntil { get; } = lockedUntil;
}
