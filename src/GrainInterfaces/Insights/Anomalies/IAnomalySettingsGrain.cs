using GrainMarketing.Errors;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Anomalies;

/// <summary>A tenant's anomaly settings and the false positives reported per series (keyed by the tenant's slug).</summary>
public interface IAnomalySettingsGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<AnomalyTuning> GetAsync();

    /// <exception cref="ValidationFailedException">A setting is out of range.</exception>
    Task<AnomalySettingsChange> UpdateAsync(AnomalySettings settings);

    /// <summary>Adds <paramref name="change"/> (+1 or -1) to the false positives counted on a series; durable when the task completes.</summary>
    Task<AnomalyTuning> CountFalsePositiveAsync(string seriesKey, int change);
}
