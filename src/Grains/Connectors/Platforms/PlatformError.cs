namespace GrainMarketing.Connectors.Platforms;

/// <summary>
/// One platform error answer as its classifier read it, so the reporter and the writer of a platform cannot drift apart
/// on what a code means. <see cref="Message"/> is the platform's own words; for a failed or transient answer it also names
/// the status and code, since that message is shown alone and is what a person looks up.
/// </summary>
public sealed record PlatformError(PlatformErrorKind Kind, string Message, TimeSpan Wait = default)
{
    /// <summary>The wait when a platform names none: its per-minute budgets are fresh again after a minute.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(1);

    public static PlatformError Refused(string message) => new(PlatformErrorKind.Refused, message);

    public static PlatformError Throttled(TimeSpan wait, string message) => new(PlatformErrorKind.Throttled, message, wait);

    public static PlatformError Transient(string message) => new(PlatformErrorKind.Transient, message, DefaultWait);

    public static PlatformError Failed(string message) => new(PlatformErrorKind.Failed, message);
}
