using GrainMarketing.Persistence;
using Orleans.Concurrency;

namespace GrainMarketing.Profiles;

/// <summary>One minute of a tenant's pattern clock. Registrations interleave and share state writes; each is durable before it is acknowledged.</summary>
[GrainType("pattern-clock")]
[Reentrant]
public sealed class PatternClockGrain(
    [PersistentState("users", StorageNames.Default)] IPersistentState<PatternClockState> state) : Grain, IPatternClockGrain
{
    private GroupCommit? _commit;
    private bool _driven;

    public async Task RegisterAsync(string userId)
    {
        if (!_driven)
        {
            var tenant = this.GetPrimaryKeyString()[..this.GetPrimaryKeyString().LastIndexOf('/')];
            await GrainFactory.GetGrain<IPatternClockDriverGrain>(tenant).EnsureAsync();
            _driven = true;
        }

        if (state.State.Users.Add(userId))
        {
            await Commit().CommitAsync();
        }
    }

    public async Task<IReadOnlyList<string>> DrainAsync()
    {
        var users = state.State.Users.ToList();
        if (users.Count > 0)
        {
            state.State.Users.Clear();
            await Commit().CommitAsync();
        }

        return users;
    }

    private GroupCommit Commit() => _commit ??= new GroupCommit(() => state.WriteStateAsync());
}
