using Orleans.Concurrency;

namespace GrainMarketing.Connectors;

/// <summary>A tenant's connections (key: the tenant), newest first.</summary>
public interface IConnectionBookGrain : IGrainWithStringKey
{
    /// <summary>Adds a connection; refused when the tenant already has <c>ConnectionBook.MaxConnections</c>.</summary>
    Task AddAsync(Guid id);

    Task RemoveAsync(Guid id);

    [ReadOnly]
    Task<IReadOnlyList<Guid>> ListAsync();
}
