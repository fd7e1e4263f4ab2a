namespace GrainMarketing.Demographics;

/// <summary>The set of a tenant's demographic segments; written once per segment, on its first data.</summary>
[GrainType("segment-registry")]
public sealed class SegmentRegistryGrain(
    [PersistentState("segments", StorageNames.Default)] IPersistentState<HashSet<SegmentKey>> segments)
    : Grain, ISegmentRegistryGrain
{
    public async Task RegisterAsync(SegmentKey segment)
    {
        if (segments.State.Add(segment))
        {
            await segments.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<SegmentKey>> ListAsync() =>
        Task.FromResult<IReadOnlyList<SegmentKey>>([.. segments.State]);
}
