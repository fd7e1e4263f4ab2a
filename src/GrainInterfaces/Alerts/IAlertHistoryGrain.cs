using Orleans.Concurrency;

namespace GrainMarketing.Alerts;

/// <summary>Reads a tenant's alert history (keyed by the tenant's slug).</summary>
/// <remarks>
/// A stateless worker apart from the router, so reading history never waits behind alerts being raised or
/// deliveries being reported.
/// </remarks>
public interface IAlertHistoryGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<AlertHistoryPage> QueryAsync(AlertHistoryQuery query);
}
