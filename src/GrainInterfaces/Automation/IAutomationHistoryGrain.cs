using Orleans.Concurrency;

namespace GrainMarketing.Automation;

/// <summary>Reads a tenant's rule history (keyed by the tenant's slug) from the silo's history store.</summary>
public interface IAutomationHistoryGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<FiringPage> QueryAsync(FiringQuery query);
}
