namespace GrainMarketing.ApiHost.RateLimiting;

/// <summary>A caller went over one of its rate limits (429 with Retry-After); nothing of the request was done.</summary>
public sealed class RateLimitedException(string message, TimeSpan retryAfter) : Exception(message)
{
    /// <summary>How long until the bucket holds enough tokens for the same request.</summary>
    public TimeSpan RetryAfter { get; } = retryAfter;
}
