namespace GrainMarketing.Alerts;

/// <summary>Every alert a tenant's router took (sent, suppressed, unrouted) and every delivery attempt, for people to read back.</summary>
/// <remarks>Written by the router, read through <see cref="IAlertHistoryGrain"/>.</remarks>
public interface IAlertHistory
{
    /// <summary>Records an alert as the router took it, with the attempts it already has (deliveries that failed before any try, such as an unknown channel).</summary>
    /// <remarks>
    /// A repeat of the same alert id keeps the first row. <see cref="AlertHistoryEntry.Id"/> is assigned by the
    /// store.
    /// </remarks>
    Task RecordAlertAsync(string tenant, AlertHistoryEntry alert, CancellationToken cancellationToken);

    /// <summary>Adds an attempt to an alert and, when it was the alert's last open delivery, sets the alert's final status.</summary>
    Task RecordAttemptAsync(string tenant, Guid alertId, AlertDeliveryAttempt attempt, AlertStatus? status, CancellationToken cancellationToken);

    /// <summary>The newest <see cref="AlertHistoryQuery.Limit"/> alerts of the tenant that match, below the cursor if one is given.</summary>
    Task<AlertHistoryPage> QueryAsync(string tenant, AlertHistoryQuery query, CancellationToken cancellationToken);
}
