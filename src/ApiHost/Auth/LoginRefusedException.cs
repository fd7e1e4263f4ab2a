namespace GrainMarketing.ApiHost.Auth;

/// <summary>A refused login: wrong email or password (401) or a locked account (423).</summary>
/// <remarks>Wrong email and wrong password get the same answer, so nobody learns which emails have accounts; a locked account's answer carries Retry-After.</remarks>
public sealed class LoginRefusedException(DateTimeOffset? lockedUntil, bool refreshTokenRefused = false)
    : Exception(refreshTokenRefused
        ? "The refresh token is not valid: unknown, expired, revoked or already used."
        : lockedUntil is null ? "The email or password is wrong." : "The account is locked after repeated failed logins.")
{
    public DateTimeOffset? LockedUntil { get; } = lockedUntil;
}
