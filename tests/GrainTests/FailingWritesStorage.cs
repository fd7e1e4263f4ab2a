using Orleans.Storage;

namespace GrainMarketing.GrainTests;

/// <summary>
/// A silo's default grain storage in the tests: memory storage, with the writes <see cref="WriteFailures"/>
/// names failing and the others recorded in <see cref="StorageWrites"/>.
/// </summary>
public sealed class FailingWritesStorage(IGrainStorage inner, WriteFailures failures, StorageWrites writes) : IGrainStorage
{
    public const string InnerName = "memory-behind-failing-writes";

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (failures.TakeFailure(grainId, stateName))
        {
            throw new TimeoutException($"The test failed this write of {grainId}.");
        }

        await inner.WriteStateAsync(stateName, grainId, grainState);
        writes.Record(grainId);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
