namespace GrainMarketing.Alerts;

/// <summary>Where an alert stands across all its deliveries.</summary>
public enum AlertStatus
{
    /// <summary>At least one delivery is still being attempted.</summary>
    Pending,

    /// <summary>Every channel it was routed to received it.</summary>
    Delivered,

    /// <summary>At least one delivery failed for good (dead-lettered, refused, or no such channel).</summary>
    Failed,

    /// <summary>The same alert (its de-duplication key) was sent within the window; nothing was sent.</summary>
    Suppressed,

    /// <summary>No channel takes it (none enabled at its severity); nothing was sent.</summary>
    Unrouted,
}
