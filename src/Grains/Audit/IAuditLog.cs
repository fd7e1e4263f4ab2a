namespace GrainMarketing.Audit;

/// <summary>The audit trail inside the silo, written by grains directly and served to the API host by <see cref="IAuditLogGrain"/>.</summary>
/// <remarks>
/// The audit trail inside the silo, for grains to write to directly (a silo-wide singleton chosen by the
/// provider profile) and for <see cref="IAuditLogGrain"/> to serve the API host from. A write is durable
/// when its task completes; reads come a page of a tenant's trail at a time.
/// </remarks>
public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken ct);

    /// <summary>The newest <see cref="AuditQuery.Limit"/> entries of the tenant that match, below the cursor if one is given.</summary>
    Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct);
}
