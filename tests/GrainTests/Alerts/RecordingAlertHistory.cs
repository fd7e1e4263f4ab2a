using System.Collections.Concurrent;
using System.Threading.Channels;
using GrainMarketing.Alerts;

namespace GrainMarketing.GrainTests.Alerts;

/// <summary>The in-memory history, which also hands each recorded attempt to the test: a barrier for "the router has taken this outcome".</summary>
public sealed class RecordingAlertHistory : IAlertHistory
{
    private readonly InMemoryAlertHistory _history = new();
    private readonly ConcurrentDictionary<string, Channel<AlertDeliveryAttempt>> _attempts = new();

    public Task RecordAlertAsync(string tenant, AlertHistoryEntry alert, CancellationToken cancellationToken) =>
        _history.RecordAlertAsync(tenant, alert, cancellationToken);

    public async Task RecordAttemptAsync(string tenant, Guid alertId, AlertDeliveryAttempt attempt, AlertStatus? status, CancellationToken cancellationToken)
    {
        await _history.RecordAttemptAsync(tenant, alertId, attempt, status, cancellationToken);
        await Attempts(tenant).Writer.WriteAsync(attempt, cancellationToken);
    }

    public Task<AlertHistoryPage> QueryAsync(string tenant, AlertHistoryQuery query, CancellationToken cancellationToken) =>
        _history.QueryAsync(tenant, query, cancellationToken);

    /// <summary>The next attempt the router recorded for <paramref name="tenant"/>.</summary>
    public async Task<AlertDeliveryAttempt> NextAttemptAsync(string tenant)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await Attempts(tenant).Reader.ReadAsync(timeout.Token);
    }

    private Channel<AlertDeliveryAttempt> Attempts(string tenant) => _attempts.GetOrAdd(tenant, _ => Channel.CreateUnbounded<AlertDeliveryAttempt>());
}
