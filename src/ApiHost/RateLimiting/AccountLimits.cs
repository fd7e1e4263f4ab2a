using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.RateLimiting;

/// <summary>The limits on what one person or address can try against accounts and tenants: sign-ups, passwords, tenant ids, invitation tokens.</summary>
/// <remarks>
/// Each limit is a token bucket per key in this host, charged by the handler before it touches a grain, so it
/// holds whatever order the middleware runs in. A wrong password is charged twice: per email and address, so
/// wrong passwords from one address stop only that address; and per email across all addresses, which slows
/// guessing from many addresses. Emails with and without an account share the same buckets and the same answer.
/// </remarks>
public sealed class AccountLimits : IDisposable
{
    public const string LoginsRefused = "Too many failed logins for this email; try again after Retry-After.";

    private readonly RateLimitInstruments _instruments;
    private readonly Buckets _registrations;
    private readonly Buckets _failedLoginsPerSource;
    private readonly Buckets _failedLoginsPerAccount;
    private readonly Buckets _tenantCreations;
    private readonly Buckets _invitationAcceptances;

    public AccountLimits(IOptions<RateLimitOptions> options, RateLimitInstruments instruments)
    {
        var limits = options.Value;
        _instruments = instruments;
        _registrations = new(limits.Registrations);
        _failedLoginsPerSource = new(limits.FailedLoginsPerSource);
        _failedLoginsPerAccount = new(limits.FailedLoginsPerAccount);
        _tenantCreations = new(limits.TenantCreations);
        _invitationAcceptances = new(limits.InvitationAcceptances);
    }

    /// <summary>Takes a token for an account registered from <paramref name="source"/>, or throws <see cref="RateLimitedException"/>.</summary>
    public void ChargeRegistration(IPAddress? source) =>
        Charge(_registrations, Address(source), RateLimitInstruments.Registrations,
            "Too many accounts registered from this address (RateLimits:Registrations); try again after Retry-After.");

    /// <summary>Throws <see cref="RateLimitedException"/> when either failed-login bucket of <paramref name="email"/> is empty; takes nothing.</summary>
    /// <remarks>Checked before the password, so a refused attempt learns nothing, not even from a right password.</remarks>
    public void ThrowIfLoginsRefused(string email, IPAddress? source)
    {
        foreach (var (buckets, key) in LoginKeys(email, source))
        {
            // Not AttemptAcquire(key, 0): a token bucket refills in fractions, and that succeeds on any fraction.
            if (buckets.Limiter.GetStatistics(key) is { CurrentAvailablePermits: < 1 })
            {
                _instruments.Rejected(RateLimitInstruments.FailedLogins);
                throw new RateLimitedException(LoginsRefused, buckets.Settings.ReplenishmentPeriod / buckets.Settings.TokensPerPeriod);
            }
        }
    }

    /// <summary>Counts a wrong password (or an email without an account) against both failed-login buckets.</summary>
    public void ChargeFailedLogin(string email, IPAddress? source)
    {
        foreach (var (buckets, key) in LoginKeys(email, source))
        {
            // An empty bucket stays empty; the next attempt is refused by ThrowIfLoginsRefused.
            using var lease = buckets.Limiter.AttemptAcquire(key);
        }
    }

    /// <summary>Takes a token for a tenant created by <paramref name="email"/>, or throws <see cref="RateLimitedException"/>.</summary>
    public void ChargeTenantCreation(string email) =>
        Charge(_tenantCreations, email, RateLimitInstruments.TenantCreations,
            "Too many tenants created by this account (RateLimits:TenantCreations); try again after Retry-After.");

    /// <summary>Takes a token for an invitation token presented by <paramref name="email"/>, or throws <see cref="RateLimitedException"/>.</summary>
    public void ChargeInvitationAcceptance(string email) =>
        Charge(_invitationAcceptances, email, RateLimitInstruments.InvitationAcceptances,
            "Too many invitation tokens tried by this account (RateLimits:InvitationAcceptances); try again after Retry-After.");

    public void Dispose()
    {
        _registrations.Limiter.Dispose();
        _failedLoginsPerSource.Limiter.Dispose();
        _failedLoginsPerAccount.Limiter.Dispose();
        _tenantCreations.Limiter.Dispose();
        _invitationAcceptances.Limiter.Dispose();
    }

    private (Buckets Buckets, string Key)[] LoginKeys(string email, IPAddress? source) =>
        [(_failedLoginsPerSource, email + " " + Address(source)), (_failedLoginsPerAccount, email)];

    private void Charge(Buckets buckets, string key, string limit, string detail)
    {
        using var lease = buckets.Limiter.AttemptAcquire(key);
        if (!lease.IsAcquired)
        {
            _instruments.Rejected(limit);
            throw new RateLimitedException(detail, RetryAfter(lease, buckets));
        }
    }

    private static TimeSpan RetryAfter(RateLimitLease lease, Buckets buckets) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : buckets.Settings.ReplenishmentPeriod;

    private static string Address(IPAddress? source) => source?.ToString() ?? "unknown";

    /// <summary>One limit: a token bucket per key, dropped by the framework once it has refilled and gone quiet.</summary>
    private sealed class Buckets(TokenBucketSettings settings)
    {
        public TokenBucketSettings Settings { get; } = settings;

        public PartitionedRateLimiter<string> Limiter { get; } = PartitionedRateLimiter.Create<string, string>(
            key => RateLimitPartition.GetTokenBucketLimiter(key, _ => settings.ToLimiterOptions()));
    }
}
