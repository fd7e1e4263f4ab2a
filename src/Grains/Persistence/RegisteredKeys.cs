namespace GrainMarketing.Persistence;

/// <summary>A registry grain's stored set of keys: new keys that arrive together share one write, known keys cost none.</summary>
/// <remarks>
/// A registration completes only once a write that holds its key has completed, as it did with one write
/// per key. A key whose write failed stays in memory but is remembered as unwritten, so registering it
/// again writes again instead of answering at once. Used from the grain's own turns only, in a reentrant
/// grain, so that registrations arriving during a write wait together for the next one.
/// </remarks>
public sealed class RegisteredKeys<TKey>(IPersistentState<HashSet<TKey>> state)
    where TKey : notnull
{
    private readonly HashSet<TKey> _unwritten = [];
    private readonly GroupCommit _commit = new(() => state.WriteStateAsync());

    public int Count => state.State.Count;

    public IReadOnlyList<TKey> List() => [.. state.State];

    /// <summary>Adds <paramref name="key"/>; completes once a write holding it has completed.</summary>
    public async Task RegisterAsync(TKey key)
    {
        if (!state.State.Add(key) && !_unwritten.Contains(key))
        {
            return;
        }

        _unwritten.Add(key);
        await _commit.CommitAsync();
        _unwritten.Remove(key);
    }
}
