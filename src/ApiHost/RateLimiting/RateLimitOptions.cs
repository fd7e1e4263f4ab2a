using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.RateLimiting;

/// <summary>Token buckets per caller (configuration section <c>RateLimits</c>). Health, metrics and the API reference are never limited.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests of a signed-in person (by email) or an API key (by key id).</summary>
    [ValidateObjectMembers]
    public TokenBucketSettings Requests { get; set; } = new() { TokenLimit = 2_000, TokensPerPeriod = 1_000 };

    /// <summary>Requests without credentials (register, login, refresh, password reset…), by client IP address.</summary>
    [ValidateObjectMembers]
    public TokenBucketSettings Anonymous { get; set; } = new() { TokenLimit = 60, TokensPerPeriod = 10 };

    /// <summary>Ingested records, per caller: a request takes one token per record it carries.</summary>
    [ValidateObjectMembers]
    public TokenBucketSettings IngestEvents { get; set; } = new() { TokenLimit = 1_000_000, TokensPerPeriod = 500_000 };
}
