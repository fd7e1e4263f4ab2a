namespace GrainMarketing.ApiHost.Audit;

/// <summary>Appends to the audit trail; the write completes before the audited answer is sent. Reads a tenant's trail a page at a time.</summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest <see cref="AuditQuery.Limit"/> entries of the tenant that match, below the cursor if one is given.</summary>
    Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken);
}
