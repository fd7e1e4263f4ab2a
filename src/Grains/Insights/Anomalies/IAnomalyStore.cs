namespace GrainMarketing.Insights.Anomalies;

/// <summary>Every anomaly the tenants' detectors found and the verdicts people gave, for the API to list.</summary>
/// <remarks>Written by <see cref="AnomalyWatching"/> on the ingesting grains' silos, read and judged through <see cref="IAnomalyHistoryGrain"/>.</remarks>
public interface IAnomalyStore
{
    /// <summary>Stores an anomaly; a repeat of the same id keeps the first. <see cref="Anomaly.Number"/> is assigned by the store.</summary>
    Task AddAsync(string tenant, Anomaly anomaly, CancellationToken cancellationToken);

    /// <summary>The newest <see cref="AnomalyQuery.Limit"/> anomalies of the tenant that match, below the cursor if one is given.</summary>
    Task<AnomalyPage> QueryAsync(string tenant, AnomalyQuery query, CancellationToken cancellationToken);

    /// <summary>Sets an anomaly's status and who judged it when; the anomaly as it was before, or null when the tenant has no such anomaly.</summary>
    Task<Anomaly?> JudgeAsync(string tenant, Guid id, AnomalyStatus status, string actor, DateTimeOffset at, CancellationToken cancellationToken);
}
