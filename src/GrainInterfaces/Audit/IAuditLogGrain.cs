using Orleans.Concurrency;

namespace GrainMarketing.Audit;

/// <summary>The audit trail as the API host reaches it (key 0): a stateless worker over the silo's audit log.</summary>
/// <remarks>
/// A stateless worker on the silo that takes the call, writing to and reading from that silo's audit log,
/// the same log grains write to. In the Postgres profile every silo's log is the shared <c>audit_log</c>
/// table; in the Memory profile the one silo keeps it in memory.
/// </remarks>
public interface IAuditLogGrain : IGrainWithIntegerKey
{
    /// <summary>Appends <paramref name="entry"/>; durable when the task completes.</summary>
    /// <remarks>
    /// Takes no cancellation: the action it records has already happened, so a caller that goes away must not
    /// lose its entry.
    /// </remarks>
    Task RecordAsync(AuditEntry entry);

    /// <summary>The newest <see cref="AuditQuery.Limit"/> entries of the query's tenant that match, below its cursor if one is given.</summary>
    [ReadOnly]
    Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
