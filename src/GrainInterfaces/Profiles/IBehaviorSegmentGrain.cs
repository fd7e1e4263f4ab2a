using Orleans.Concurrency;

namespace GrainMarketing.Profiles;

/// <summary>One shard of a tenant's behaviour segment, keyed <c>{tenant}/{pattern}/{shard}</c>.</summary>
/// <remarks>
/// The customers of the pattern whose id hashes to the shard, so entries and exits spread over
/// <see cref="BehaviorSegments.Shards"/> grains and none is hot. It keeps its members' contributions in
/// memory only, loaded from the customer table when it activates; a profile writes its row there before it
/// tells the shard, so the table is never behind the shards.
/// </remarks>
public interface IBehaviorSegmentGrain : IGrainWithStringKey
{
    /// <summary>The customer is a member with this contribution (entered, or figures changed), or not a member (null). Repeating a call changes nothing.</summary>
    Task SetAsync(string userId, SegmentContribution? contribution);

    [ReadOnly]
    Task<SegmentTotals> GetTotalsAsync();
}
