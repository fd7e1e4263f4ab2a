using Orleans.Concurrency;

namespace GrainMarketing.Audit;

/// <summary>Serves <see cref="IAuditLogGrain"/> from the silo's <see cref="IAuditLog"/>.</summary>
/// <remarks>A stateless worker, so calls never queue behind one activation and each silo answers from its own log.</remarks>
[GrainType("audit-log")]
[StatelessWorker]
public sealed class AuditLogGrain(IAuditLog log) : Grain, IAuditLogGrain
{
    public Task RecordAsync(AuditEntry entry) => log.RecordAsync(entry, CancellationToken.None);

    public Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken) => log.QueryAsync(query, cancellationToken);
}
