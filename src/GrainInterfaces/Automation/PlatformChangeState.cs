namespace GrainMarketing.Automation;

/// <summary>Where a change for the platform stands: <c>pending → sent → confirmed | failed</c>, or recorded as a dry run.</summary>
public enum PlatformChangeState
{
    /// <summary>Waiting to be pushed: write-back is off (a person applies it), the account is not connected, or the platform asked us to wait.</summary>
    Pending,

    /// <summary>Sent to the platform, not yet read back.</summary>
    Sent,

    /// <summary>Read back from the platform with the value sent.</summary>
    Confirmed,

    /// <summary>The platform refused it, or read back another value; the reason is the platform's words.</summary>
    Failed,

    /// <summary>A dry-run connection: what would have been sent is recorded, nothing was.</summary>
    DryRun,
}
