using Orleans.Concurrency;

namespace GrainMarketing.Profiles;

/// <summary>A tenant's behaviour settings and its current high-spender threshold (keyed by the tenant's slug).</summary>
public interface IBehaviorSettingsGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<BehaviorSettings> GetSettingsAsync();

    /// <exception cref="Errors.ValidationFailedException">A setting is out of range (each named by its JSON path).</exception>
    Task<BehaviorSettings> UpdateSettingsAsync(BehaviorSettings settings);

    [ReadOnly]
    Task<BehaviorThresholds> GetThresholdsAsync();

    /// <summary>Sets the threshold the daily analysis computed.</summary>
    Task SetHighSpenderThresholdAsync(decimal? threshold, DateTimeOffset at);
}
