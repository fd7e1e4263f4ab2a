using Orleans.Concurrency;

namespace GrainMarketing.Profiles;

/// <summary>
/// One shard of a tenant's behaviour segment, keyed <c>{tenant}/{pattern}/{shard}</c>: the customers of
/// the pattern whose id hashes to the shard, so entries and
/// exits spread over <see cref="BehaviorSegments.Shards"/> grains and none is hot. Joining twice or
/// leaving twice changes nothing.
/// </summary>
public interface IBehaviorSegmentGrain : IGrainWithStringKey
{
    Task ChangeAsync(string userId, bool entered);

    [ReadOnly]
    Task<int> CountAsync();

    /// <summary>Members in id order after <paramref name="after"/>, at most <paramref name="limit"/>.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> MembersAsync(string? after, int limit);
}
