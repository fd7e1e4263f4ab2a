namespace GrainMarketing.Audit;

/// <summary>The Memory profile's trail: the newest <see cref="Capacity"/> entries, for the silo process's lifetime.</summary>
/// <remarks>
/// A per-silo singleton, so each silo keeps only what was written on it; the Memory profile runs one silo,
/// and the API host reaches it through <see cref="IAuditLogGrain"/>. Entries are numbered from 1 in the
/// order they arrive and kept in a ring, so entry n sits in slot (n - 1) mod <see cref="Capacity"/> until
/// entry n + <see cref="Capacity"/> takes its place.
/// </remarks>
public sealed class InMemoryAuditLog : IAuditLog
{
    public const int Capacity = 10_000;

    private readonly AuditRecord[] _ring = new AuditRecord[Capacity];
    private readonly Lock _lock = new();
    private long _lastId;

    public Task RecordAsync(AuditEntry entry, CancellationToken ct)
    {
        lock (_lock)
        {
            _lastId++;
            _ring[Slot(_lastId)] = new AuditRecord(_lastId, entry);
        }

        return Task.CompletedTask;
    }

    public Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct)
    {
        var matches = new List<AuditRecord>();
        lock (_lock)
        {
            var oldest = Math.Max(1, _lastId - Capacity + 1);
            var newest = query.Before is { } before ? Math.Min(_lastId, Math.Max(before, 1) - 1) : _lastId;
            for (var id = newest; id >= oldest && matches.Count <= query.Limit; id--)
            {
                var record = _ring[Slot(id)];
                if (Matches(query, record.Entry))
                {
                    matches.Add(record);
                }
            }
        }

        return Task.FromResult(AuditPage.From(matches, query.Limit));
    }

    private static int Slot(long id) => (int)((id - 1) % Capacity);

    private static bool Matches(AuditQuery query, AuditEntry entry) =>
        entry.Tenant == query.Tenant
        && (query.ExactAction is null || entry.Action == query.ExactAction)
        && (query.ActionPrefix is null || entry.Action.StartsWith(query.ActionPrefix, StringComparison.Ordinal))
        && (query.Actor is null || entry.Actor == query.Actor)
        && (query.Target is null || entry.Target == query.Target)
        && (query.From is null || entry.At >= query.From)
        && (query.To is null || entry.At < query.To);
}
