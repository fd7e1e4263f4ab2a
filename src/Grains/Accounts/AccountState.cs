namespace GrainMarketing.Accounts;

[GenerateSerializer, Alias("GrainMarketing.AccountState")]
public sealed class AccountState
{
    [Id(0)] public AccountDetails? Details { get; set; }

    [Id(1)] public string? PasswordHash { get; set; }

    /// <summary>Wrong passwords since the last right one or the last lockout.</summary>
    [Id(2)] public int FailedLogins { get; set; }

    [Id(3)] public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>SHA-256 of the pending password-reset token, if one was requested.</summary>
    [Id(4)] public byte[]? ResetDigest { get; set; }

    [Id(5)] public DateTimeOffset ResetExpiresAt { get; set; }

    /// <summary>The tenants this account belongs to; the tenants' access grains keep it up to date.</summary>
    [Id(6)] public HashSet<string> Tenants { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Refresh-token families of recent logins, oldest first; a password reset revokes them all.</summary>
    [Id(7)] public List<Guid> Sessions { get; set; } = [];
}
