using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using Orleans.Storage;

namespace GrainMarketing.Tenants;

/// <summary>Reads a tenant's stored settings straight from grain storage, so no tenant grain is activated to learn that it is absent.</summary>
[StatelessWorker, GrainType("tenant-existence")]
public sealed class TenantExistenceGrain([FromKeyedServices(StorageNames.Default)] IGrainStorage storage) : Grain, ITenantExistenceGrain
{
    public async Task<bool> ExistsAsync(string tenant)
    {
        if (!TenantRules.IsValidId(tenant))
        {
            return false;
        }

        var state = new GrainState<TenantState>(new TenantState());
        await storage.ReadStateAsync(TenantGrain.StateName, GrainId.Create(TenantGrain.TypeName, tenant), state);
        return state.RecordExists;
    }
}
