namespace GrainMarketing.Connectors.Platforms;

/// <summary>What a platform's error answer asks of us, whichever side (sync or write-back) received it.</summary>
public enum PlatformErrorKind
{
    /// <summary>The grant is revoked, expired or invalid: no retry helps, a person must connect again.</summary>
    Refused,

    /// <summary>A rate limit: no request may go out before the wait has passed.</summary>
    Throttled,

    /// <summary>The platform failed on its side (5xx): the same request may succeed after the wait.</summary>
    Transient,

    /// <summary>The platform refused this request: sending it again unchanged fails again.</summary>
    Failed,
}
