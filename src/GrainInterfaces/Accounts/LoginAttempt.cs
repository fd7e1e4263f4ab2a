namespace GrainMarketing.Accounts;

/// <summary>The verdict on a login attempt: allowed, or refused and locked until when (null: wrong password, not locked).</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.LoginAttempt")]
public sealed record LoginAttempt([property: Id(0)] bool Allowed, [property: Id(1)] AccountDetails? Account, [property: Id(2)] DateTimeOffset? LockedUntil);
