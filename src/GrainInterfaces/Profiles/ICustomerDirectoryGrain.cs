using Orleans.Concurrency;

namespace GrainMarketing.Profiles;

/// <summary>Reads a tenant's customer table (keyed by the tenant's slug): a segment's members and the recorded entries and exits.</summary>
public interface ICustomerDirectoryGrain : IGrainWithStringKey
{
    /// <summary>The segment's customers in id order after <paramref name="after"/>, at most <paramref name="limit"/> (1-<see cref="BehaviorSegments.MaxPage"/>).</summary>
    [ReadOnly]
    Task<SegmentMemberPage> MembersAsync(BehaviorPattern pattern, string? after, int limit);

    [ReadOnly]
    Task<PatternChangePage> ChangesAsync(PatternChangeQuery query);

    /// <summary>Whether any event of the customer has arrived, read from the table so that no profile wakes to answer.</summary>
    [ReadOnly]
    Task<bool> IsKnownAsync(string userId);
}
