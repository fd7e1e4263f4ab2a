using GrainMarketing.Persistence;

namespace GrainMarketing.Automation;

/// <summary>The Memory profile's firing history, kept in a <see cref="NumberedRing{T}"/>.</summary>
/// <remarks>The newest <see cref="Capacity"/> entries of all tenants, for the silo's lifetime, numbered from 1 in the order they arrive.</remarks>
public sealed class InMemoryFiringLog : IFiringLog
{
    public const int Capacity = 20_000;

    private readonly NumberedRing<StoredFiring> _ring = new(Capacity);

    public Task AppendAsync(IReadOnlyList<RuleFiring> firings, CancellationToken cancellationToken)
    {
        _ring.Append(firings, (sequence, firing) => new StoredFiring(sequence, firing));
        return Task.CompletedTask;
    }

    public Task<FiringPage> QueryAsync(string tenant, FiringQuery query, CancellationToken cancellationToken)
    {
        var matches = _ring.Newest(query.Before, query.Limit + 1, stored => stored.Firing.Tenant == tenant && FiringPages.Matches(query, stored.Firing));
        return Task.FromResult(FiringPages.From(matches, query.Limit));
    }
}
