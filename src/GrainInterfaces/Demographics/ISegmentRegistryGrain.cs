using Orleans.Concurrency;

namespace GrainMarketing.Demographics;

/// <summary>The demographic segments a tenant has data for (keyed by tenant); segments register on their first data.</summary>
public interface ISegmentRegistryGrain : IGrainWithStringKey
{
    Task RegisterAsync(SegmentKey segment);

    [ReadOnly]
    Task<IReadOnlyList<SegmentKey>> ListAsync();
}
