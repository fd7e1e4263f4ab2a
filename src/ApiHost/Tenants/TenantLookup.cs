using GrainMarketing.Errors;
using GrainMarketing.Tenants;

namespace GrainMarketing.ApiHost.Tenants;

/// <summary>Finds a tenant's grain for any endpoint: an id that cannot be a tenant's is not found without a grain call.</summary>
public static class TenantLookup
{
    /// <summary>The tenant's grain; <see cref="NotFoundException"/> for an id no tenant can have.</summary>
    public static ITenantGrain Tenant(this IGrainFactory grains, string id) =>
        TenantRules.IsValidId(id) ? grains.GetGrain<ITenantGrain>(id) : throw new NotFoundException("Tenant", id);

    /// <summary>The tenant as stored; 404 (by <see cref="NotFoundException"/>) when it does not exist.</summary>
    public static Task<TenantDetails> RequireTenantAsync(this IGrainFactory grains, string id) => grains.Tenant(id).GetAsync();
}
