using GrainMarketing.Errors;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Anomalies;

/// <summary>A tenant's stored anomalies and the verdicts on them (keyed by the tenant's slug): a stateless worker over the anomaly store.</summary>
public interface IAnomalyHistoryGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<AnomalyPage> QueryAsync(AnomalyQuery query);

    /// <summary>Stores a verdict; a false positive raises the threshold of the anomaly's series (a later "real" takes that back).</summary>
    /// <exception cref="NotFoundException">No such anomaly in the tenant.</exception>
    Task<AnomalyFeedback> FeedbackAsync(Guid id, AnomalyVerdict verdict, string actor);
}
