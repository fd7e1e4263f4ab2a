namespace GrainMarketing.Connectors.Sync;

/// <summary>The platform said to wait: no request to it may go out before <see cref="RetryAfter"/> has passed.</summary>
public sealed class PlatformThrottledException(TimeSpan retryAfter, string message) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
