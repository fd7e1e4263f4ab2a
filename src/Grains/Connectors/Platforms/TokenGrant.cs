namespace GrainMarketing.Connectors.Platforms;

/// <summary>What a platform's token endpoint granted.</summary>
/// <param name="ExpiresAt">Null when the token does not expire (system-user tokens, TikTok's long-term tokens).</param>
public sealed record TokenGrant(string AccessToken, string? RefreshToken, DateTimeOffset? ExpiresAt);
