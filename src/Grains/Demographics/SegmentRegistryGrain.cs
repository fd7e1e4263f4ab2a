using GrainMarketing.Persistence;
using Orleans.Concurrency;

namespace GrainMarketing.Demographics;

/// <summary>The set of a tenant's demographic segments; segments registering together share one write (<see cref="RegisteredKeys{TKey}"/>).</summary>
[GrainType("segment-registry")]
[Reentrant]
public sealed class SegmentRegistryGrain(
    [PersistentState("segments", StorageNames.Default)] IPersistentState<HashSet<SegmentKey>> segments)
    : Grain, ISegmentRegistryGrain
{
    private readonly RegisteredKeys<SegmentKey> _segments = new(segments);

    public Task RegisterAsync(SegmentKey segment) => _segments.RegisterAsync(segment);

    public Task<IReadOnlyList<SegmentKey>> ListAsync() => Task.FromResult(_segments.List());
}
