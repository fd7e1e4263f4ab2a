namespace GrainMarketing.Alerts;

/// <summary>What one delivery attempt came to.</summary>
public enum DeliveryOutcome
{
    /// <summary>The receiver accepted it (HTTP 2xx, or the SMTP server queued the message).</summary>
    Delivered,

    /// <summary>It failed and will be tried again after a backoff.</summary>
    Retrying,

    /// <summary>The last allowed attempt failed; the alert stays in history only.</summary>
    DeadLettered,

    /// <summary>It failed and is not retried: no such channel, too many pending, or a channel test.</summary>
    Failed,
}
