namespace GrainMarketing.Hosting;

/// <summary>The provider profile (configuration key <c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>Everything in process: localhost clustering, memory state and reminders. The embedded default.</summary>
    Memory,

    /// <summary>PostgreSQL membership, grain state and reminders through the Orleans ADO.NET providers.</summary>
    Postgres,
}
