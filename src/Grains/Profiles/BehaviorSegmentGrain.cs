using GrainMarketing.Persistence;
using Orleans.Concurrency;

namespace GrainMarketing.Profiles;

/// <summary>
/// One shard of a behaviour segment. Entries and exits arrive from many profiles at once, so calls
/// interleave and share state writes (<see cref="GroupCommit"/>); each is durable before it is acknowledged.
/// </summary>
[GrainType("behavior-segment")]
[Reentrant]
public sealed class BehaviorSegmentGrain(
    [PersistentState("members", StorageNames.Default)] IPersistentState<BehaviorSegmentState> state) : Grain, IBehaviorSegmentGrain
{
    private GroupCommit? _commit;

    public async Task ChangeAsync(string userId, bool entered)
    {
        var changed = entered ? state.State.Members.Add(userId) : state.State.Members.Remove(userId);
        if (changed)
        {
            await (_commit ??= new GroupCommit(() => state.WriteStateAsync())).CommitAsync();
        }
    }

    public Task<int> CountAsync() => Task.FromResult(state.State.Members.Count);

    public Task<IReadOnlyList<string>> MembersAsync(string? after, int limit)
    {
        var members = state.State.Members;
        if (after is not null && (members.Count == 0 || string.CompareOrdinal(after, members.Max) >= 0))
        {
            return Task.FromResult<IReadOnlyList<string>>([]);
        }

        var from = after is null ? members : members.GetViewBetween(after, members.Max!);
        return Task.FromResult<IReadOnlyList<string>>(
            [.. from.Where(member => after is null || string.CompareOrdinal(member, after) > 0).Take(Math.Clamp(limit, 1, BehaviorSegments.MaxPage + 1))]);
    }
}
