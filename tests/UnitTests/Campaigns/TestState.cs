namespace GrainMarketing.UnitTests.Campaigns;

/// <summary>A grain's persistent state without storage: counts its writes, and fails the next one when told to.</summary>
internal sealed class TestState<T>(T state) : IPersistentState<T>
{
    public T State { get; set; } = state;

    public string? Etag => null;

    public bool RecordExists => Writes > 0;

    public int Writes { get; private set; }

    public bool FailNextWrite { get; set; }

    public Task WriteStateAsync() => WriteStateAsync(CancellationToken.None);

    public Task WriteStateAsync(CancellationToken cancellationToken)
    {
        if (FailNextWrite)
        {
            FailNextWrite = false;
            throw new TimeoutException("The test failed this write.");
        }

        Writes++;
        return Task.CompletedTask;
    }

    public Task ReadStateAsync() => Task.CompletedTask;

    public Task ReadStateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ClearStateAsync() => Task.CompletedTask;

    public Task ClearStateAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
