using GrainMarketing.Profiles;
using GrainMarketing.UnitTests.Campaigns;
using Microsoft.Extensions.Options;

namespace GrainMarketing.UnitTests.Profiles;

/// <summary>The profile's customer row and segment shards: a store that can fail a write shows what reaches the table, and a recorded shard call shows what the shards hear and when.</summary>
public sealed class CustomerRecorderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly UserKey Ana = new("acme", "ana");
    private readonly TestState<UserProfileState> _state = new(new UserProfileState { User = Ana });
    private readonly RecordingStore _store = new();
    private readonly List<(string Shard, SegmentContribution? Contribution, int WritesBefore)> _told = [];
    private readonly CustomerRecorder _recorder;
    private int _stateChanges;

    public CustomerRecorderTests()
    {
        _recorder = new CustomerRecorder(_state, new CustomerWriter(_store, Options.Create(new ProfileOptions())), (shard, userId, contribution) =>
        {
            Assert.Equal("ana", userId);
            _told.Add((shard, contribution, _store.Writes.Count));
            return Task.CompletedTask;
        }, () => _stateChanges++);
        _state.State.Profile.Apply(new Transaction("t-1", 40, "EUR", Now.AddDays(-1)), DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-90));
    }

    [Fact]
    public async Task EntriesAreNumberedAndInTheTableBeforeAnyShardHearsOfThem()
    {
        _state.State.Patterns = [BehaviorPattern.Frequent];

        await _recorder.RecordAsync(Ana, Metrics(), [Entered(BehaviorPattern.Frequent)], Now);

        var write = Assert.Single(_store.Writes);
        Assert.Equal([1L], write.Changes.Select(change => change.Sequence));
        Assert.Equal(1, _state.State.ChangeSequence);
        var told = Assert.Single(_told);
        Assert.Equal((Shard(BehaviorPattern.Frequent), 1), (told.Shard, told.WritesBefore));
        Assert.Equal(40m, told.Contribution?.Spend);
        Assert.False(_recorder.HasChanges);
    }

    [Fact]
    public async Task ThePatternsShardsGetTheContributionAndTheLeftPatternsShardsTheExit()
    {
        _state.State.Patterns = [BehaviorPattern.Frequent];

        await _recorder.RecordAsync(Ana, Metrics(), [Entered(BehaviorPattern.Frequent), Left(BehaviorPattern.Weekend)], Now);

        Assert.Equal(
            [(Shard(BehaviorPattern.Frequent), true), (Shard(BehaviorPattern.Weekend), false)],
            _told.Select(told => (told.Shard, told.Contribution is not null)).Order());
    }

    [Fact]
    public async Task AFailedWriteTellsNoShardAndTheCheckpointWritesTheSameChangesAgain()
    {
        _state.State.Patterns = [BehaviorPattern.Frequent];
        _store.FailNextWrite = true;

        await Assert.ThrowsAsync<TimeoutException>(() => _recorder.RecordAsync(Ana, Metrics(), [Entered(BehaviorPattern.Frequent)], Now));
        Assert.Empty(_told);
        Assert.True(_recorder.HasChanges);

        await _recorder.SyncAsync(Now.AddMinutes(1));

        var write = Assert.Single(_store.Writes);
        Assert.Equal([1L], write.Changes.Select(change => change.Sequence));
        Assert.Single(_told);
        Assert.False(_recorder.HasChanges);
    }

    [Fact]
    public async Task TheFirstWriteListsTheCustomerAndChangesTheStoredProfileOnce()
    {
        await _recorder.RecordAsync(Ana, Metrics(), [], Now);
        _recorder.FiguresChanged();
        _state.State.Profile.Apply(new Transaction("t-2", 10, "EUR", Now.AddHours(-1)), DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-90));
        await _recorder.SyncAsync(Now);

        Assert.True(_state.State.Listed);
        Assert.Equal(1, _stateChanges);
        Assert.Equal(2, _store.Writes.Count);
    }

    [Fact]
    public async Task ACheckpointWithTheSameFiguresWritesNothingAndTellsNoShard()
    {
        _state.State.Patterns = [BehaviorPattern.Frequent];
        await _recorder.RecordAsync(Ana, Metrics(), [Entered(BehaviorPattern.Frequent)], Now);
        _recorder.FiguresChanged();

        await _recorder.SyncAsync(Now.AddMinutes(5));

        Assert.Single(_store.Writes);
        Assert.Single(_told);
        Assert.False(_recorder.HasChanges);
    }

    [Fact]
    public async Task ACheckpointBringsChangedFiguresToTheTableThenTheShards()
    {
        _state.State.Patterns = [BehaviorPattern.Frequent];
        await _recorder.RecordAsync(Ana, Metrics(), [Entered(BehaviorPattern.Frequent)], Now);
        _state.State.Profile.Apply(new Transaction("t-2", 10, "EUR", Now.AddHours(-1)), DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-90));
        _recorder.FiguresChanged();

        await _recorder.SyncAsync(Now);

        Assert.Equal(2, _store.Writes.Count);
        Assert.Equal((50m, 2), (_told[^1].Contribution?.Spend, _told[^1].WritesBefore));
    }

    [Fact]
    public async Task NoRowIsWrittenBeforeTheFirstPurchase()
    {
        var stranger = new TestState<UserProfileState>(new UserProfileState { User = Ana });
        var recorder = new CustomerRecorder(stranger, new CustomerWriter(_store, Options.Create(new ProfileOptions())), (_, _, _) => Task.CompletedTask, () => _stateChanges++);

        await recorder.RecordAsync(Ana, stranger.State.Profile.Metrics(DateOnly.FromDateTime(Now.UtcDateTime)), [], Now);

        Assert.Empty(_store.Writes);
        Assert.False(stranger.State.Listed);
        Assert.True(recorder.HasChanges);
    }

    private ProfileMetrics Metrics() => _state.State.Profile.Metrics(DateOnly.FromDateTime(Now.UtcDateTime));

    private static PatternChange Entered(BehaviorPattern pattern) => new(pattern, true, Now);

    private static PatternChange Left(BehaviorPattern pattern) => new(pattern, false, Now);

    private static string Shard(BehaviorPattern pattern) => BehaviorSegments.Key("acme", pattern, SegmentShards.Of("ana"));

    private sealed class RecordingStore : ICustomerStore
    {
        public List<(IReadOnlyList<CustomerRow> Rows, IReadOnlyList<PatternChangeRow> Changes)> Writes { get; } = [];

        public bool FailNextWrite { get; set; }

        public Task WriteAsync(IReadOnlyList<CustomerRow> rows, IReadOnlyList<PatternChangeRow> changes, CancellationToken cancellationToken)
        {
            if (FailNextWrite)
            {
                FailNextWrite = false;
                throw new TimeoutException("The test failed this write.");
            }

            Writes.Add((rows, changes));
            return Task.CompletedTask;
        }

        public Task<bool> ContainsAsync(string tenant, string userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<CustomerRow>> MembersAsync(string tenant, BehaviorPattern pattern, string? after, int limit, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<CustomerRow>> ShardAsync(string tenant, BehaviorPattern pattern, int shard, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<PatternChangePage> ChangesAsync(string tenant, PatternChangeQuery query, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
