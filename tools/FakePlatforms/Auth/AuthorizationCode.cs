namespace GrainMarketing.FakePlatforms.Auth;

/// <summary>A code the authorization endpoint handed out, redeemable once at the token endpoint.</summary>
public sealed record AuthorizationCode(
    Accounts.Platform Platform,
    string ClientId,
    string RedirectUri,
    string? CodeChallenge,
    string? ChallengeMethod,
    string Scope,
    DateTimeOffset ExpiresAt);
