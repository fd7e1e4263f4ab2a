namespace GrainMarketing.Accounts;

[GenerateSerializer, Alias("GrainMarketing.AccountState")]
public sealed class AccountState
{
    [Id(0)] public AccountDetails? Details { get; set; }

    [Id(1)] public string? PasswordHash { get; set; }

    // Ids 2 and 3 held a lockout, which the API host's failed-login limits replace: never reuse them.

    /// <summary>SHA-256 of the pending password-reset token, if one was requested.</summary>
    [Id(4)] public byte[]? ResetDigest { get; set; }

    [Id(5)] public DateTimeOffset ResetExpiresAt { get; set; }

    /// <summary>The tenants this account belongs to; the tenants' access grains keep it up to date.</summary>
    [Id(6)] public HashSet<string> Tenants { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Refresh-token families of recent logins, oldest first; a password reset revokes them all.</summary>
    [Id(7)] public List<Guid> Sessions { get; set; } = [];
}
