using GrainMarketing.Errors;

namespace GrainMarketing.Connectors;

/// <summary>A tenant's connection ids, newest first, bounded by <see cref="ConnectionBook.MaxConnections"/>.</summary>
[GrainType("connection-book")]
public sealed class ConnectionBookGrain([PersistentState("connections", StorageNames.Default)] IPersistentState<List<Guid>> state) : Grain, IConnectionBookGrain
{
    public async Task AddAsync(Guid id)
    {
        if (state.State.Contains(id))
        {
            return;
        }

        if (state.State.Count >= ConnectionBook.MaxConnections)
        {
            throw new ConflictException($"A tenant has at most {ConnectionBook.MaxConnections} connections; remove one first.");
        }

        state.State.Insert(0, id);
        await state.WriteStateAsync();
    }

    public async Task RemoveAsync(Guid id)
    {
        if (state.State.Remove(id))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<Guid>> ListAsync() => Task.FromResult<IReadOnlyList<Guid>>([.. state.State]);
}
