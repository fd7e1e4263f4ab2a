namespace GrainMarketing.ApiHost.Auth;

/// <summary>What a login or a refresh answers: a short-lived access token and the next refresh token.</summary>
/// <param name="ExpiresIn">Seconds until the access token expires.</param>
/// <param name="RefreshToken">Use once at <c>/auth/refresh</c>; using an older one again revokes this login's whole chain.</param>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, DateTimeOffset ExpiresAt, string RefreshToken);

/// <summary>A refresh or logout request.</summary>
public sealed record RefreshRequest(string? RefreshToken);
