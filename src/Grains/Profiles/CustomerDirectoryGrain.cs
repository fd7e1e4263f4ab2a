using Orleans.Concurrency;

namespace GrainMarketing.Profiles;

/// <summary>The API's way to the customer table: a worker on every silo, so reads never queue behind one activation.</summary>
[StatelessWorker]
[GrainType("customer-directory")]
public sealed class CustomerDirectoryGrain(ICustomerStore store) : Grain, ICustomerDirectoryGrain
{
    public async Task<SegmentMemberPage> MembersAsync(BehaviorPattern pattern, string? after, int limit)
    {
        var size = Math.Clamp(limit, 1, BehaviorSegments.MaxPage);
        var rows = await store.MembersAsync(this.GetPrimaryKeyString(), pattern, after, size + 1, CancellationToken.None);
        var members = rows.Take(size).Select(row => new SegmentMember(row.UserId, row.Spend, row.Transactions, row.LastSeen)).ToList();
        return new SegmentMemberPage(members, rows.Count > size ? members[^1].UserId : null);
    }

    public Task<PatternChangePage> ChangesAsync(PatternChangeQuery query) =>
        store.ChangesAsync(this.GetPrimaryKeyString(), query, CancellationToken.None);

    public Task<bool> IsKnownAsync(string userId) => store.ContainsAsync(this.GetPrimaryKeyString(), userId, CancellationToken.None);
}
