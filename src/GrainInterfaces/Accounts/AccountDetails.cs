namespace GrainMarketing.Accounts;

/// <summary>What anyone allowed to see an account sees: never its secrets.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AccountDetails")]
public sealed record AccountDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Email,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] DateTimeOffset CreatedAt);

/// <summary>An account's password hash and lockout, for the login check only.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AccountSecret")]
public sealed record AccountSecret([property: Id(0)] string PasswordHash, [property: Id(1)] DateTimeOffset? LockedUntil);

/// <summary>The verdict on a login attempt: allowed, or refused and locked until when (null: wrong password, not locked).</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.LoginAttempt")]
public sealed record LoginAttempt([property: Id(0)] bool Allowed, [property: Id(1)] AccountDetails? Account, [property: Id(2)] DateTimeOffset? LockedUntil);
