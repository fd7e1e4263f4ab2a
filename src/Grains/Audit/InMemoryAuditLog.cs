using GrainMarketing.Persistence;

namespace GrainMarketing.Audit;

/// <summary>The Memory profile's trail: the newest <see cref="Capacity"/> entries, for the silo process's lifetime.</summary>
/// <remarks>
/// A per-silo singleton, so each silo keeps only what was written on it; the Memory profile runs one silo,
/// and the API host reaches it through <see cref="IAuditLogGrain"/>. Entries are numbered from 1 in the
/// order they arrive and kept in a <see cref="NumberedRing{T}"/>.
/// </remarks>
public sealed class InMemoryAuditLog : IAuditLog
{
    public const int Capacity = 10_000;

    private readonly NumberedRing<AuditRecord> _ring = new(Capacity);

    public Task RecordAsync(AuditEntry entry, CancellationToken ct)
    {
        _ring.Append([entry], (id, recorded) => new AuditRecord(id, recorded));
        return Task.CompletedTask;
    }

    public Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct)
    {
        var matches = _ring.Newest(query.Before, query.Limit + 1, record => Matches(query, record.Entry));
        return Task.FromResult(AuditPage.From(matches, query.Limit));
    }

    private static bool Matches(AuditQuery query, AuditEntry entry) =>
        entry.Tenant == query.Tenant
        && (query.ExactAction is null || entry.Action == query.ExactAction)
        && (query.ActionPrefix is null || entry.Action.StartsWith(query.ActionPrefix, StringComparison.Ordinal))
        && (query.Actor is null || entry.Actor == query.Actor)
        && (query.Target is null || entry.Target == query.Target)
        && (query.From is null || entry.At >= query.From)
        && (query.To is null || entry.At < query.To);
}
