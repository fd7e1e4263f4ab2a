using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.RateLimiting;

/// <summary>Token buckets per caller (configuration section <c>RateLimits</c>). Health, metrics and the API reference are never limited.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests presenting a credential, by the credential's claimed caller (email or key id) and client address.</summary>
    /// <remarks>Charged before the credential is checked: per address too, so presenting someone else's email or key id drains only one's own bucket.</remarks>
    [ValidateObjectMembers]
    public TokenBucketSettings Requests { get; set; } = new() { TokenLimit = 2_000, TokensPerPeriod = 1_000 };

    /// <summary>Requests without credentials (register, login, refresh, password reset…), by client IP address.</summary>
    [ValidateObjectMembers]
    public TokenBucketSettings Anonymous { get; set; } = new() { TokenLimit = 60, TokensPerPeriod = 10 };

    /// <summary>Every request from one client address, whatever it presents: the ceiling for credentials made up by the thousand.</summary>
    [ValidateObjectMembers]
    public TokenBucketSettings Addresses { get; set; } = new() { TokenLimit = 10_000, TokensPerPeriod = 5_000 };

    /// <summary>Ingested records, per caller: a request takes one token per record it carries.</summary>
    [ValidateObjectMembers]
    public TokenBucketSettings IngestEvents { get; set; } = new() { TokenLimit = 1_000_000, TokensPerPeriod = 500_000 };

    /// <summary>Accounts registered from one client address.</summary>
    [ValidateObjectMembers]
    public TokenBucketSettings Registrations { get; set; } = new() { TokenLimit = 10, TokensPerPeriod = 10, ReplenishmentPeriod = TimeSpan.FromHours(1) };

    /// <summary>Wrong passwords for one email from one client address: five, then one more every three minutes.</summary>
    [ValidateObjectMembers]
    public TokenBucketSettings FailedLoginsPerSource { get; set; } = new() { TokenLimit = 5, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromMinutes(3) };

    /// <summary>Wrong passwords for one email from all addresses together: the slow-down against guessing from many addresses.</summary>
    [ValidateObjectMembers]
    public TokenBucketSettings FailedLoginsPerAccount { get; set; } = new() { TokenLimit = 100, TokensPerPeriod = 10, ReplenishmentPeriod = TimeSpan.FromMinutes(6) };

    /// <summary>Tenants created by one person.</summary>
    [ValidateObjectMembers]
    public TokenBucketSettings TenantCreations { get; set; } = new() { TokenLimit = 10, TokensPerPeriod = 10, ReplenishmentPeriod = TimeSpan.FromHours(1) };

    /// <summary>Invitation tokens one person presents, right or wrong.</summary>
    [ValidateObjectMembers]
    public TokenBucketSettings InvitationAcceptances { get; set; } = new() { TokenLimit = 10, TokensPerPeriod = 10, ReplenishmentPeriod = TimeSpan.FromHours(1) };
}
