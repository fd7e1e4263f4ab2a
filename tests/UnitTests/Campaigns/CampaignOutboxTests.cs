using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using GrainMarketing.Persistence;
using static GrainMarketing.UnitTests.Campaigns.TestBatches;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class CampaignOutboxTests
{
    private readonly TestState<CampaignState> _state = new(new CampaignState { JournalSequence = 42 });
    private readonly TestState<FlushState> _flushes = new(new FlushState());
    private readonly LostWriteGuard _writes = new("campaign");
    private readonly List<FlushOutbox> _sent = [];
    private int _deactivations;
    private bool _receiversDown;
    private readonly CampaignOutbox _outbox;

    public CampaignOutboxTests() =>
        _outbox = new CampaignOutbox(Campaign, _state, _flushes, _writes, new TenantCurrencies(grains: null!), () => _deactivations++, outbox =>
        {
            _sent.Add(outbox);
            return _receiversDown ? throw new TimeoutException("The segment did not answer.") : Task.CompletedTask;
        });

    [Fact]
    public async Task NothingPendingSendsAndWritesNothing()
    {
        await _outbox.FlushAsync(CancellationToken.None);

        Assert.Empty(_sent);
        Assert.Equal(0, _flushes.Writes);
    }

    [Fact]
    public async Task PendingChangesAreNumberedAndStoredBeforeTheyAreSent()
    {
        _state.State.Apply(Batch(Snapshot(Today, "25-34", 10)), flushed: false);

        await _outbox.FlushAsync(CancellationToken.None);

        var sent = Assert.Single(_sent);
        Assert.Equal(1, sent.Sequence);
        Assert.Equal((1, 42L, 1), (_flushes.State.Sequence, _flushes.State.FlushedThrough, _flushes.Writes));
        Assert.Null(_flushes.State.Outbox);
        Assert.True(_state.State.Pending.IsEmpty);
    }

    [Fact]
    public async Task AnUnacknowledgedFlushIsSentAgainUnderItsNumberWithoutTakingNewChanges()
    {
        _state.State.Apply(Batch(Snapshot(Today, "25-34", 10)), flushed: false);
        _receiversDown = true;
        await Assert.ThrowsAsync<TimeoutException>(() => _outbox.FlushAsync(CancellationToken.None));
        _state.State.Apply(Batch(Snapshot(Today, "35-44", 5)), flushed: false);
        _receiversDown = false;

        await _outbox.FlushAsync(CancellationToken.None);

        Assert.Equal([1L, 1L], _sent.Select(outbox => outbox.Sequence));
        Assert.Same(_sent[0], _sent[1]);
        Assert.Equal(1, _flushes.Writes);
        Assert.False(_state.State.Pending.IsEmpty);
    }

    [Fact]
    public async Task AFlushWhoseWriteFailsIsNeverSentAndTheGrainDeactivates()
    {
        _state.State.Apply(Batch(Snapshot(Today, "25-34", 10)), flushed: false);
        _flushes.FailNextWrite = true;

        await Assert.ThrowsAsync<TimeoutException>(() => _outbox.FlushAsync(CancellationToken.None));

        Assert.Empty(_sent);
        Assert.True(_writes.IsLost);
        Assert.Equal(1, _deactivations);
    }
}
