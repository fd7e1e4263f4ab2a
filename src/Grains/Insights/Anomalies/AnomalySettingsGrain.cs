using GrainMarketing.Persistence;

namespace GrainMarketing.Insights.Anomalies;

/// <summary>A tenant's anomaly settings and false-positive counts per series; drops its silo's cached copy on every change.</summary>
[GrainType("anomaly-settings")]
public sealed class AnomalySettingsGrain(
    [PersistentState("anomaly-settings", StorageNames.Default)] IPersistentState<AnomalySettingsState> state,
    AnomalyWatching watching) : Grain, IAnomalySettingsGrain
{
    private readonly LostWriteGuard _writes = new("anomaly-settings");

    public Task<AnomalyTuning> GetAsync() => Task.FromResult(state.State.Tuning());

    public async Task<AnomalySettingsChange> UpdateAsync(AnomalySettings settings)
    {
        _writes.ThrowIfLost();
        settings.Validate();
        var before = state.State.Settings;
        state.State.Settings = settings with { Metrics = [.. settings.Metrics] };
        await WriteAsync();
        return new AnomalySettingsChange(before, state.State.Settings);
    }

    public async Task<AnomalyTuning> CountFalsePositiveAsync(string seriesKey, int change)
    {
        _writes.ThrowIfLost();
        state.State.Count(seriesKey, change);
        await WriteAsync();
        return state.State.Tuning();
    }

    private async Task WriteAsync()
    {
        await _writes.WriteAsync(() => state.WriteStateAsync(), DeactivateOnIdle);
        watching.Invalidate(this.GetPrimaryKeyString());
    }
}
