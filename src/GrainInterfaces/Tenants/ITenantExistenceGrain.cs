using Orleans.Concurrency;

namespace GrainMarketing.Tenants;

/// <summary>Says whether a tenant exists without activating any of its grains (key 0, a stateless worker).</summary>
/// <remarks>Access checks ask it first, so a guessed tenant id costs one storage read and never a tenant's grain.</remarks>
public interface ITenantExistenceGrain : IGrainWithIntegerKey
{
    /// <summary>True when a tenant with this id has been created.</summary>
    [ReadOnly]
    Task<bool> ExistsAsync(string tenant);
}
