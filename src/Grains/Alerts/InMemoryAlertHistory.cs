namespace GrainMarketing.Alerts;

/// <summary><see cref="IAlertHistory"/> for the Memory profile.</summary>
/// <remarks>The newest <see cref="Capacity"/> alerts of all tenants, per silo process, numbered from 1 in the order they arrive.</remarks>
public sealed class InMemoryAlertHistory : IAlertHistory
{
    public const int Capacity = 10_000;

    private readonly Lock _lock = new();
    private readonly LinkedList<(string Tenant, AlertHistoryEntry Entry)> _alerts = new();
    private readonly Dictionary<Guid, LinkedListNode<(string Tenant, AlertHistoryEntry Entry)>> _byAlert = [];
    private long _lastId;

    public Task RecordAlertAsync(string tenant, AlertHistoryEntry alert, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_byAlert.ContainsKey(alert.AlertId))
            {
                _byAlert[alert.AlertId] = _alerts.AddLast((tenant, alert with { Id = ++_lastId }));
                if (_alerts.Count > Capacity)
                {
                    _byAlert.Remove(_alerts.First!.Value.Entry.AlertId);
                    _alerts.RemoveFirst();
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task RecordAttemptAsync(string tenant, Guid alertId, AlertDeliveryAttempt attempt, AlertStatus? status, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_byAlert.TryGetValue(alertId, out var node) && node.Value.Tenant == tenant)
            {
                var entry = node.Value.Entry;
                node.Value = (tenant, entry with { Attempts = [.. entry.Attempts, attempt], Status = status ?? entry.Status });
            }
        }

        return Task.CompletedTask;
    }

    public Task<AlertHistoryPage> QueryAsync(string tenant, AlertHistoryQuery query, CancellationToken cancellationToken)
    {
        var matches = new List<AlertHistoryEntry>();
        lock (_lock)
        {
            for (var node = _alerts.Last; node is not null && matches.Count <= query.Limit; node = node.Previous)
            {
                var (owner, entry) = node.Value;
                if (owner == tenant && (query.Before is null || entry.Id < query.Before) && Matches(query, entry))
                {
                    matches.Add(entry);
                }
            }
        }

        return Task.FromResult(AlertHistoryPage.From(matches, query.Limit));
    }

    private static bool Matches(AlertHistoryQuery query, AlertHistoryEntry entry) =>
        (query.Severity is null || entry.Severity == query.Severity)
        && (query.Kind is null || entry.Kind == query.Kind)
        && (query.Channel is null || entry.Attempts.Any(a => a.Channel == query.Channel))
        && (query.Status is null || entry.Status == query.Status)
        && (query.RuleId is null || entry.RuleId == query.RuleId)
        && (query.From is null || entry.RaisedAt >= query.From)
        && (query.To is null || entry.RaisedAt < query.To);
}
