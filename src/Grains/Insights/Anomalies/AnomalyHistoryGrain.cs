using GrainMarketing.Errors;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Anomalies;

/// <summary>Reads a tenant's anomalies from the store and records verdicts on them, apart from the grains that detect them.</summary>
[StatelessWorker, GrainType("anomaly-history")]
public sealed class AnomalyHistoryGrain(IAnomalyStore store, [Microsoft.Extensions.DependencyInjection.FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IAnomalyHistoryGrain
{
    private string Tenant => this.GetPrimaryKeyString();

    public Task<AnomalyPage> QueryAsync(AnomalyQuery query) =>
        store.QueryAsync(Tenant, query with { Limit = Math.Clamp(query.Limit, 1, AnomalyQuery.MaxLimit) }, CancellationToken.None);

    public async Task<AnomalyFeedback> FeedbackAsync(Guid id, AnomalyVerdict verdict, string actor)
    {
        var status = verdict == AnomalyVerdict.Real ? AnomalyStatus.Real : AnomalyStatus.FalsePositive;
        var now = clock.GetUtcNow();
        var before = await store.JudgeAsync(Tenant, id, status, actor, now, CancellationToken.None)
            ?? throw new NotFoundException("Anomaly", id.ToString());

        // Only a change of mind moves the count: the same verdict twice lowers the sensitivity once.
        var change = (before.Status == AnomalyStatus.FalsePositive ? -1 : 0) + (status == AnomalyStatus.FalsePositive ? 1 : 0);
        var settings = GrainFactory.GetGrain<IAnomalySettingsGrain>(Tenant);
        var key = AnomalyTuning.SeriesKey(before.Level, before.SeriesId, before.Metric);
        var tuning = change == 0 ? await settings.GetAsync() : await settings.CountFalsePositiveAsync(key, change);
        return new AnomalyFeedback(
            before,
            before with { Status = status, FeedbackBy = actor, FeedbackAt = now },
            tuning.Threshold(before.Level, before.SeriesId, before.Metric),
            tuning.FalsePositives.GetValueOrDefault(key));
    }
}
