using GrainMarketing.Profiles;
using Microsoft.Extensions.Options;

namespace GrainMarketing.UnitTests.Profiles;

/// <summary>The per-silo group commit: a store whose writes the test completes by hand shows what each write carried and when callers are answered.</summary>
public sealed class CustomerWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly GatedStore _store = new();

    [Fact]
    public async Task CallersArrivingDuringAWriteShareTheNextWriteAndEachIsAnsweredWhenItsOwnWriteCompletes()
    {
        var writer = Writer(batchRows: 100);
        var first = writer.WriteAsync([Row("ana")], [Change("ana", 1)]);
        await _store.StartedAsync(1);
        var second = writer.WriteAsync([Row("bo")], []);
        var third = writer.WriteAsync([Row("cy")], [Change("cy", 1), Change("cy", 2)]);

        Assert.Single(_store.Writes);
        Assert.False(first.IsCompleted, "a caller is answered only once its rows are durable");
        _store.Complete(0);
        await first;
        await _store.StartedAsync(2);

        Assert.Equal(["bo", "cy"], _store.Writes[1].Rows.Select(row => row.UserId));
        Assert.Equal([1L, 2L], _store.Writes[1].Changes.Select(change => change.Sequence));
        Assert.False(second.IsCompleted);
        _store.Complete(1);
        await Task.WhenAll(second, third);
        Assert.Equal(2, _store.Writes.Count);
    }

    [Fact]
    public async Task AWriteCarriesAtMostTheConfiguredRowsAndKeepsTheOrderTheyCameIn()
    {
        var writer = Writer(batchRows: 2);
        var waiting = new List<Task> { writer.WriteAsync([Row("a")], []) };
        await _store.StartedAsync(1);
        waiting.AddRange(new[] { "b", "c", "d" }.Select(user => writer.WriteAsync([Row(user)], [])));

        for (var write = 0; write < 3; write++)
        {
            await _store.StartedAsync(write + 1);
            _store.Complete(write);
        }

        await Task.WhenAll(waiting);
        Assert.Equal(["a", "b,c", "d"], _store.Writes.Select(w => string.Join(",", w.Rows.Select(row => row.UserId))));
    }

    [Fact]
    public async Task AFailedWriteFailsOnlyTheCallersItCarried()
    {
        var writer = Writer(batchRows: 100);
        var failing = writer.WriteAsync([Row("ana")], []);
        await _store.StartedAsync(1);
        var next = writer.WriteAsync([Row("bo")], []);

        _store.Fail(0, new InvalidOperationException("connection lost"));
        await _store.StartedAsync(2);
        _store.Complete(1);

        Assert.Equal("connection lost", (await Assert.ThrowsAsync<InvalidOperationException>(() => failing)).Message);
        await next;
    }

    [Fact]
    public async Task NothingToWriteIsAnsweredAtOnceWithoutAWrite()
    {
        await Writer(batchRows: 100).WriteAsync([], []);

        Assert.Empty(_store.Writes);
    }

    private CustomerWriter Writer(int batchRows) => new(_store, Options.Create(new ProfileOptions { WriteBatchRows = batchRows }));

    private static CustomerRow Row(string user) => new("acme", user, 4, 60, 3, 60, 0, Now, Now, "grocery", "Lyon", Now);

    private static PatternChangeRow Change(string user, long sequence) => new("acme", user, sequence, BehaviorPattern.Weekend, true, Now);

    /// <summary>Records every write and holds it open until the test completes or fails it.</summary>
    private sealed class GatedStore : ICustomerStore
    {
        private readonly List<TaskCompletionSource> _gates = [];
        private readonly SemaphoreSlim _started = new(0);
        private readonly Lock _lock = new();

        public List<(IReadOnlyList<CustomerRow> Rows, IReadOnlyList<PatternChangeRow> Changes)> Writes { get; } = [];

        public Task WriteAsync(IReadOnlyList<CustomerRow> rows, IReadOnlyList<PatternChangeRow> changes, CancellationToken cancellationToken)
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_lock)
            {
                Writes.Add((rows, changes));
                _gates.Add(gate);
            }

            _started.Release();
            return gate.Task;
        }

        /// <summary>Waits until <paramref name="count"/> writes have started in all.</summary>
        public async Task StartedAsync(int count)
        {
            while (true)
            {
                lock (_lock)
                {
                    if (Writes.Count >= count)
                    {
                        return;
                    }
                }

                Assert.True(await _started.WaitAsync(TimeSpan.FromSeconds(10)), $"write {count} never started");
            }
        }

        public void Complete(int write) => _gates[write].SetResult();

        public void Fail(int write, Exception exception) => _gates[write].SetException(exception);

        public Task<bool> ContainsAsync(string tenant, string userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<CustomerRow>> MembersAsync(string tenant, BehaviorPattern pattern, string? after, int limit, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<CustomerRow>> ShardAsync(string tenant, BehaviorPattern pattern, int shard, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<PatternChangePage> ChangesAsync(string tenant, PatternChangeQuery query, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
