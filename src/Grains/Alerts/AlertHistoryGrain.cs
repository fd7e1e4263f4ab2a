using Orleans.Concurrency;

namespace GrainMarketing.Alerts;

/// <summary>Reads a tenant's alert history from the store, apart from the router so reads never queue behind deliveries.</summary>
[StatelessWorker, GrainType("alert-history")]
public sealed class AlertHistoryGrain(IAlertHistory history) : Grain, IAlertHistoryGrain
{
    public Task<AlertHistoryPage> QueryAsync(AlertHistoryQuery query) =>
        history.QueryAsync(this.GetPrimaryKeyString(), query with { Limit = Math.Clamp(query.Limit, 1, AlertHistoryQuery.MaxLimit) }, CancellationToken.None);
}
