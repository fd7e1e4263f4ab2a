namespace GrainMarketing.Streaming;

/// <summary>Keeps the metric journal bounded (one per cluster, key 0): a durable reminder prunes delivered rows past retention.</summary>
public interface IJournalMaintenanceGrain : IGrainWithIntegerKey
{
    /// <summary>Registers the pruning reminder; idempotent, called by every silo at start.</summary>
    Task StartAsync();
}
