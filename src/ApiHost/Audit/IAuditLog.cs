namespace GrainMarketing.ApiHost.Audit;

/// <summary>Appends to the audit trail; the write completes before the audited answer is sent.</summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);
}
