using GrainMarketing.Errors;

namespace GrainMarketing.Profiles;

/// <summary>Holds a tenant's behaviour settings and the high-spender threshold of its latest daily analysis.</summary>
[GrainType("behavior-settings")]
public sealed class BehaviorSettingsGrain(
    [PersistentState("settings", StorageNames.Default)] IPersistentState<BehaviorSettingsState> state) : Grain, IBehaviorSettingsGrain
{
    public Task<BehaviorSettings> GetSettingsAsync() => Task.FromResult(Settings);

    public async Task<BehaviorSettings> UpdateSettingsAsync(BehaviorSettings settings)
    {
        var errors = BehaviorSettingsRules.Validate(settings);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        state.State.Settings = settings;
        await state.WriteStateAsync();
        return settings;
    }

    public Task<BehaviorThresholds> GetThresholdsAsync() =>
        Task.FromResult(new BehaviorThresholds(Settings.Patterns, state.State.HighSpenderThreshold, state.State.ThresholdAt));

    public async Task SetHighSpenderThresholdAsync(decimal? threshold, DateTimeOffset at)
    {
        state.State.HighSpenderThreshold = threshold;
        state.State.ThresholdAt = at;
        await state.WriteStateAsync();
    }

    private BehaviorSettings Settings => state.State.Settings ?? BehaviorSettings.Default;
}
