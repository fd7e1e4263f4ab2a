namespace GrainMarketing.Connectors.WriteBack;

/// <summary>How one push ended: confirmed by reading back, failed in the platform's words, asked to wait, or the grant refused.</summary>
public sealed record WriteOutcome(WriteResult Result, string? Reason = null, TimeSpan Wait = default)
{
    public static readonly WriteOutcome Confirmed = new(WriteResult.Confirmed);

    public static WriteOutcome Failed(string reason) => new(WriteResult.Failed, reason);

    /// <summary>Throttled or unreachable: the change stays pending and is tried again after <paramref name="wait"/>.</summary>
    public static WriteOutcome Later(TimeSpan wait, string reason) => new(WriteResult.Wait, reason, wait);

    public static WriteOutcome Refused(string reason) => new(WriteResult.GrantRefused, reason);

    /// <summary>What a platform's error means for the change: a transient error waits like a throttle, since the same push may succeed later.</summary>
    public static WriteOutcome For(Platforms.PlatformError error) => error.Kind switch
    {
        Platforms.PlatformErrorKind.Refused => Refused(error.Message),
        Platforms.PlatformErrorKind.Failed => Failed(error.Message),
        _ => Later(error.Wait, error.Message),
    };
}
