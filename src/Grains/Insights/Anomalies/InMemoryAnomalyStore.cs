namespace GrainMarketing.Insights.Anomalies;

/// <summary><see cref="IAnomalyStore"/> for the Memory profile: the newest <see cref="Capacity"/> anomalies of all tenants, per silo process.</summary>
public sealed class InMemoryAnomalyStore : IAnomalyStore
{
    public const int Capacity = 10_000;

    private readonly Lock _lock = new();
    private readonly LinkedList<(string Tenant, Anomaly Anomaly)> _anomalies = new();
    private readonly Dictionary<Guid, LinkedListNode<(string Tenant, Anomaly Anomaly)>> _byId = [];
    private long _lastNumber;

    public Task AddAsync(string tenant, Anomaly anomaly, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_byId.ContainsKey(anomaly.Id))
            {
                _byId[anomaly.Id] = _anomalies.AddLast((tenant, anomaly with { Number = ++_lastNumber }));
                if (_anomalies.Count > Capacity)
                {
                    _byId.Remove(_anomalies.First!.Value.Anomaly.Id);
                    _anomalies.RemoveFirst();
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<AnomalyPage> QueryAsync(string tenant, AnomalyQuery query, CancellationToken cancellationToken)
    {
        var matches = new List<Anomaly>();
        lock (_lock)
        {
            for (var node = _anomalies.Last; node is not null && matches.Count <= query.Limit; node = node.Previous)
            {
                if (node.Value.Tenant == tenant && query.Matches(node.Value.Anomaly))
                {
                    matches.Add(node.Value.Anomaly);
                }
            }
        }

        return Task.FromResult(AnomalyPage.From(matches, query.Limit));
    }

    public Task<Anomaly?> JudgeAsync(string tenant, Guid id, AnomalyStatus status, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_byId.TryGetValue(id, out var node) || node.Value.Tenant != tenant)
            {
                return Task.FromResult<Anomaly?>(null);
            }

            var before = node.Value.Anomaly;
            node.Value = (tenant, before with { Status = status, FeedbackBy = actor, FeedbackAt = at });
            return Task.FromResult<Anomaly?>(before);
        }
    }
}
