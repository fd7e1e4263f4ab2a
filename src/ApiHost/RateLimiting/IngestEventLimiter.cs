using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.RateLimiting;

/// <summary>The <c>IngestEvents</c> limit: one token bucket per caller, from which an ingestion request takes one token per record.</summary>
/// <remarks>Buckets of callers that have gone quiet are dropped by the framework.</remarks>
public sealed class IngestEventLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _buckets;
    private readonly TokenBucketRateLimiterOptions _bucket;
    private readonly RateLimitInstruments _instruments;

    public IngestEventLimiter(IOptions<RateLimitOptions> options, RateLimitInstruments instruments)
    {
        _bucket = options.Value.IngestEvents.ToLimiterOptions();
        _instruments = instruments;
        _buckets = PartitionedRateLimiter.Create<string, string>(caller => RateLimitPartition.GetTokenBucketLimiter(caller, _ => _bucket));
    }

    /// <summary>Takes <paramref name="events"/> tokens from <paramref name="caller"/>'s bucket, or takes none and throws.</summary>
    /// <remarks>
    /// Throws <see cref="IngestBatchTooLargeException"/> when the bucket could never hold that many,
    /// <see cref="RateLimitedException"/> when it does not hold them now.
    /// </remarks>
    public void Charge(string caller, int events)
    {
        if (events == 0)
        {
            return;
        }

        if (events > _bucket.TokenLimit)
        {
            throw new IngestBatchTooLargeException(events, _bucket.TokenLimit);
        }

        using var lease = _buckets.AttemptAcquire(caller, events);
        if (!lease.IsAcquired)
        {
            _instruments.Rejected(RateLimitInstruments.IngestEvents);
            throw new RateLimitedException(
                $"This caller has sent more records than RateLimits:IngestEvents allows ({_bucket.TokenLimit} at once, "
                + $"{_bucket.TokensPerPeriod} more every {_bucket.ReplenishmentPeriod}); nothing of this request was ingested.",
                lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : _bucket.ReplenishmentPeriod);
        }
    }

    public void Dispose() => _buckets.Dispose();
}
