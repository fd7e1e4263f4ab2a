namespace GrainMarketing.Automation;

/// <summary>The Memory profile's firing history, kept in a ring.</summary>
/// <remarks>The newest <see cref="Capacity"/> entries of all tenants, for the silo's lifetime, numbered from 1 in the order they arrive.</remarks>
public sealed class InMemoryFiringLog : IFiringLog
{
    public const int Capacity = 20_000;

    private readonly StoredFiring[] _ring = new StoredFiring[Capacity];
    private readonly Lock _lock = new();
    private long _last;

    public Task AppendAsync(IReadOnlyList<RuleFiring> firings, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var firing in firings)
            {
                _last++;
                _ring[Slot(_last)] = new StoredFiring(_last, firing);
            }
        }

        return Task.CompletedTask;
    }

    public Task<FiringPage> QueryAsync(string tenant, FiringQuery query, CancellationToken cancellationToken)
    {
        var matches = new List<StoredFiring>();
        lock (_lock)
        {
            var oldest = Math.Max(1, _last - Capacity + 1);
            var newest = query.Before is { } before ? Math.Min(_last, Math.Max(before, 1) - 1) : _last;
            for (var sequence = newest; sequence >= oldest && matches.Count <= query.Limit; sequence--)
            {
                var stored = _ring[Slot(sequence)];
                if (stored.Firing.Tenant == tenant && FiringPages.Matches(query, stored.Firing))
                {
                    matches.Add(stored);
                }
            }
        }

        return Task.FromResult(FiringPages.From(matches, query.Limit));
    }

    private static int Slot(long sequence) => (int)((sequence - 1) % Capacity);
}
