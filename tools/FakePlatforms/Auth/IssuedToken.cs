namespace GrainMarketing.FakePlatforms.Auth;

/// <summary>An access or refresh token this process handed out (or seeded for the demo).</summary>
public sealed class IssuedToken
{
    public required string Value { get; init; }

    public required Accounts.Platform Platform { get; init; }

    public required bool IsRefresh { get; init; }

    /// <summary>Null: never expires (Meta system-user tokens, TikTok's long-term tokens, refresh tokens).</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public bool Revoked { get; set; }
}
