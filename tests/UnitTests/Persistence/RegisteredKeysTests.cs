using GrainMarketing.Persistence;

namespace GrainMarketing.UnitTests.Persistence;

public sealed class RegisteredKeysTests
{
    private readonly HeldWritesState _state = new();

    [Fact]
    public async Task KeysRegisteredDuringAWriteShareTheNextWrite()
    {
        var keys = new RegisteredKeys<string>(_state);
        var first = keys.RegisterAsync("a");
        var burst = Enumerable.Range(0, 100).Select(n => keys.RegisterAsync($"b{n}")).ToList();

        Assert.Equal(1, _state.WritesStarted);
        _state.CompleteWrite();
        await first;
        Assert.Equal(2, _state.WritesStarted);
        Assert.All(burst, registration => Assert.False(registration.IsCompleted, "a registration must wait for a write that holds its key"));

        _state.CompleteWrite();
        await Task.WhenAll(burst);
        Assert.Equal(2, _state.WritesStarted);
        Assert.Equal(101, _state.Stored.Count);
        Assert.Equal(_state.Stored.Order(), keys.List().Order());
    }

    [Fact]
    public async Task AKnownKeyCostsNoWrite()
    {
        var keys = new RegisteredKeys<string>(_state);
        var registration = keys.RegisterAsync("a");
        _state.CompleteWrite();
        await registration;

        await keys.RegisterAsync("a");

        Assert.Equal(1, _state.WritesStarted);
        Assert.Equal(1, keys.Count);
    }

    [Fact]
    public async Task AKeyRegisteredAgainWhileItsWriteRunsWaitsForAWrite()
    {
        var keys = new RegisteredKeys<string>(_state);
        var first = keys.RegisterAsync("a");
        var again = keys.RegisterAsync("a");

        _state.CompleteWrite();
        await first;

        Assert.False(again.IsCompleted, "the repeated registration came before the key's write finished");
        _state.CompleteWrite();
        await again;
    }

    [Fact]
    public async Task AKeyWhoseWriteFailedIsWrittenWhenRegisteredAgain()
    {
        var keys = new RegisteredKeys<string>(_state);
        var failed = keys.RegisterAsync("a");
        _state.FailWrite();
        await Assert.ThrowsAsync<TimeoutException>(() => failed);
        Assert.Empty(_state.Stored);

        var again = keys.RegisterAsync("a");
        Assert.Equal(2, _state.WritesStarted);
        _state.CompleteWrite();
        await again;

        Assert.Equal(["a"], _state.Stored);
    }

    /// <summary>A state whose writes wait until the test completes or fails them; a completed write stores a copy of the set.</summary>
    private sealed class HeldWritesState : IPersistentState<HashSet<string>>
    {
        private readonly Queue<TaskCompletionSource> _writes = new();

        public HashSet<string> State { get; set; } = [];

        public HashSet<string> Stored { get; private set; } = [];

        public int WritesStarted { get; private set; }

        public string? Etag => null;

        public bool RecordExists => Stored.Count > 0;

        public void CompleteWrite()
        {
            Stored = [.. State];
            _writes.Dequeue().SetResult();
        }

        public void FailWrite() => _writes.Dequeue().SetException(new TimeoutException("The test failed this write."));

        public Task WriteStateAsync() => WriteStateAsync(CancellationToken.None);

        public Task WriteStateAsync(CancellationToken cancellationToken)
        {
            WritesStarted++;
            var write = new TaskCompletionSource();
            _writes.Enqueue(write);
            return write.Task;
        }

        public Task ReadStateAsync() => Task.CompletedTask;

        public Task ReadStateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task ClearStateAsync() => Task.CompletedTask;

        public Task ClearStateAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
