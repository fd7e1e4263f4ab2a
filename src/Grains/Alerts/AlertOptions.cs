namespace GrainMarketing.Alerts;

/// <summary>Alert routing and delivery (configuration section <c>Alerts</c>), read by the silo.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>A second alert with the same de-duplication key within this time of the last one sent is suppressed; zero turns de-duplication off.</summary>
    public TimeSpan DedupWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts per delivery, the first included; the last failure dead-letters it.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after a first failed attempt; it doubles after each further failure.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts, however many failed.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one attempt may take (an HTTP request or an SMTP session) before it counts as failed.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts waiting for the silo's sender; past this, new attempts wait for their grain's next retry instead.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Attempts the silo's sender runs at once; a slow receiver holds one of these, never a grain.</summary>
    public int MaxConcurrentDeliveries { get; set; } = 64;

    /// <summary>Period of the durable reminder a router keeps while deliveries are pending, so they resume after a silo restart.</summary>
    public TimeSpan ResumePeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether webhook and Slack URLs may reach loopback, private, link-local and other non-public addresses.</summary>
    /// <remarks>
    /// Off by default, so a tenant cannot aim requests at the silo's own network; tests and local demos turn it
    /// on.
    /// </remarks>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>An attempt whose outcome has not come back within this time is taken as lost and sent again.</summary>
    public TimeSpan LostAfter => SendTimeout + TimeSpan.FromMinutes(1);
}
