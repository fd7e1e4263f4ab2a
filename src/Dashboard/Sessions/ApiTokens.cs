namespace GrainMarketing.Dashboard.Sessions;

/// <summary>A login's current access token, when it expires, and the refresh token that replaces both.</summary>
public sealed record ApiTokens(string AccessToken, DateTimeOffset ExpiresAt, string RefreshToken);
