using Orleans.Concurrency;

namespace GrainMarketing.Campaigns;

/// <summary>An API host with live feeds open on a tenant, told the moment the tenant's numbers change.</summary>
public interface ITenantChangeObserver : IGrainObserver
{
    [OneWay]
    Task TenantChangedAsync(string tenant);
}
