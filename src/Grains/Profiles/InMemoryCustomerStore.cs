namespace GrainMarketing.Profiles;

/// <summary>The Memory profile's customer store, over the shared <see cref="InMemoryCustomerTable"/>.</summary>
/// <remarks>
/// The Memory profile's customer store: rows in the shared <see cref="InMemoryCustomerTable"/>, and the
/// newest <see cref="ChangeCapacity"/> entries and exits of all tenants in a ring, numbered from 1 in the
/// order they arrive, for the silo's lifetime.
/// </remarks>
public sealed class InMemoryCustomerStore(InMemoryCustomerTable table) : ICustomerStore
{
    public const int ChangeCapacity = 50_000;

    private readonly (string Tenant, long Sequence, StoredPatternChange Change)[] _ring = new (string, long, StoredPatternChange)[ChangeCapacity];
    private readonly HashSet<(string Tenant, string UserId, long Sequence)> _recorded = [];
    private readonly Lock _lock = new();
    private long _last;

    public Task WriteAsync(IReadOnlyList<CustomerRow> rows, IReadOnlyList<PatternChangeRow> changes, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var row in rows)
            {
                table.Upsert(row);
            }

            foreach (var change in changes)
            {
                if (!_recorded.Add((change.Tenant, change.UserId, change.Sequence)))
                {
                    continue;
                }

                _last++;
                ref var slot = ref _ring[Slot(_last)];
                if (slot.Change is { } evicted)
                {
                    _recorded.Remove((slot.Tenant, evicted.UserId, slot.Sequence));
                }

                slot = (change.Tenant, change.Sequence, new StoredPatternChange(_last, change.UserId, change.Pattern, change.Entered, change.At));
            }
        }

        return Task.CompletedTask;
    }

    public Task<bool> ContainsAsync(string tenant, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(table.Find(tenant, userId) is not null);

    public Task<IReadOnlyList<CustomerRow>> MembersAsync(string tenant, BehaviorPattern pattern, string? after, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CustomerRow>>([.. table.Snapshot(tenant)
            .Where(row => row.Shows(pattern) && (after is null || string.CompareOrdinal(row.UserId, after) > 0))
            .OrderBy(row => row.UserId, StringComparer.Ordinal)
            .Take(limit)]);

    public Task<IReadOnlyList<CustomerRow>> ShardAsync(string tenant, BehaviorPattern pattern, int shard, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CustomerRow>>([.. table.Snapshot(tenant).Where(row => row.Shard == shard && row.Shows(pattern))]);

    public Task<PatternChangePage> ChangesAsync(string tenant, PatternChangeQuery query, CancellationToken cancellationToken)
    {
        var matches = new List<StoredPatternChange>();
        lock (_lock)
        {
            var oldest = Math.Max(Math.Max(1, _last - ChangeCapacity + 1), (query.After ?? 0) + 1);
            var newest = query.Before is { } before ? Math.Min(_last, before - 1) : _last;
            for (var id = newest; id >= oldest && matches.Count <= query.Limit; id--)
            {
                var (owner, _, change) = _ring[Slot(id)];
                if (owner == tenant && PatternChangePages.Matches(query, change))
                {
                    matches.Add(change);
                }
            }
        }

        return Task.FromResult(PatternChangePages.From(matches, query.Limit));
    }

    private static int Slot(long id) => (int)((id - 1) % ChangeCapacity);
}
