using System.Collections.Concurrent;
using Orleans.Storage;

namespace GrainMarketing.GrainTests;

/// <summary>
/// The grains whose next storage write fails, once each, as a storage timeout under load would; shared by
/// both silos. A failure can name the state it is for (a grain with several states writes each apart).
/// </summary>
public sealed class WriteFailures
{
    private readonly ConcurrentDictionary<GrainId, string?> _next = new();

    public void FailNextWrite(GrainId grain, string? stateName = null) => _next[grain] = stateName;

    public bool TakeFailure(GrainId grain, string? stateName = null) =>
        _next.TryGetValue(grain, out var named) && (named is null || named == stateName) && _next.TryRemove(grain, out _);
}

/// <summary>A silo's default grain storage in the tests: memory storage, with the writes <see cref="WriteFailures"/> names failing.</summary>
public sealed class FailingWritesStorage(IGrainStorage inner, WriteFailures failures) : IGrainStorage
{
    public const string InnerName = "memory-behind-failing-writes";

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        failures.TakeFailure(grainId, stateName)
            ? throw new TimeoutException($"The test failed this write of {grainId}.")
            : inner.WriteStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
