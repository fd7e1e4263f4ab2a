using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;

namespace GrainMarketing.ApiHost.RateLimiting;

/// <summary>One token bucket: up to <see cref="TokenLimit"/> tokens at once, refilled by <see cref="TokensPerPeriod"/> every <see cref="ReplenishmentPeriod"/>.</summary>
/// <remarks>The bucket never holds more than the limit.</remarks>
public sealed class TokenBucketSettings
{
    /// <summary>The burst: tokens a full bucket holds.</summary>
    [Range(1, int.MaxValue)]
    public int TokenLimit { get; set; }

    /// <summary>Tokens added every <see cref="ReplenishmentPeriod"/>: the sustained rate.</summary>
    [Range(1, int.MaxValue)]
    public int TokensPerPeriod { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The framework's options for this bucket: nothing queues, a request over the limit is refused at once.</summary>
    public TokenBucketRateLimiterOptions ToLimiterOptions() => new()
    {
        TokenLimit = TokenLimit,
        TokensPerPeriod = TokensPerPeriod,
        ReplenishmentPeriod = ReplenishmentPeriod,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
