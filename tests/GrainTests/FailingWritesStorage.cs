using System.Collections.Concurrent;
using Orleans.Storage;

namespace GrainMarketing.GrainTests;

/// <summary>The grains whose next storage write fails, once each, as a storage timeout under load would; shared by both silos.</summary>
public sealed class WriteFailures
{
    private readonly ConcurrentDictionary<GrainId, bool> _next = new();

    public void FailNextWrite(GrainId grain) => _next[grain] = true;

    public bool TakeFailure(GrainId grain) => _next.TryRemove(grain, out _);
}

/// <summary>A silo's default grain storage in the tests: memory storage, with the writes <see cref="WriteFailures"/> names failing.</summary>
public sealed class FailingWritesStorage(IGrainStorage inner, WriteFailures failures) : IGrainStorage
{
    public const string InnerName = "memory-behind-failing-writes";

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        failures.TakeFailure(grainId)
            ? throw new TimeoutException($"The test failed this write of {grainId}.")
            : inner.WriteStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
