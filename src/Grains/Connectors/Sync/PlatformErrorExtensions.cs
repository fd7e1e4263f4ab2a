using GrainMarketing.Connectors.Platforms;

namespace GrainMarketing.Connectors.Sync;

public static class PlatformErrorExtensions
{
    /// <summary>
    /// What a pull throws for the error. A transient error fails the pull like any other: the sync's own backoff retries
    /// it, where a throttle would hold every request to the account.
    /// </summary>
    public static Exception ToException(this PlatformError error) => error.Kind switch
    {
        PlatformErrorKind.Refused => new GrantRefusedException(error.Message),
        PlatformErrorKind.Throttled => new PlatformThrottledException(error.Wait, error.Message),
        _ => new PlatformAnswerException(error.Message),
    };
}
