namespace GrainMarketing.ApiHost.Auth;

/// <summary>A refused login (401): a wrong email or password, or a refresh token that cannot be used.</summary>
/// <remarks>Wrong email and wrong password get the same answer, so nobody learns which emails have accounts.</remarks>
public sealed class LoginRefusedException(bool refreshTokenRefused = false)
    : Exception(refreshTokenRefused
        ? "The refresh token is not valid: unknown, expired, revoked or already used."
        : "The email or password is wrong.");
