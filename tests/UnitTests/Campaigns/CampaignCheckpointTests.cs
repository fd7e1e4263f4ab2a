using GrainMarketing.Campaigns;
using GrainMarketing.History;
using GrainMarketing.Persistence;
using Microsoft.Extensions.Time.Testing;
using static GrainMarketing.UnitTests.Campaigns.TestBatches;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class CampaignCheckpointTests
{
    private readonly TestState<CampaignState> _state = new(new CampaignState());
    private readonly TestState<FlushState> _flushes = new(new FlushState { Sequence = 7 });
    private readonly InMemoryMetricHistory _history = new();
    private readonly LostWriteGuard _writes = new("campaign");
    private readonly CampaignCheckpoint _checkpoint;

    public CampaignCheckpointTests() =>
        _checkpoint = new CampaignCheckpoint(Campaign, _state, _flushes, _history, new CampaignOptions { RetentionDays = 30 }, new FakeTimeProvider(Now), _writes);

    [Fact]
    public async Task ANothingChangedCheckpointWritesNothing()
    {
        await _checkpoint.WriteAsync(finishing: false, CancellationToken.None);

        Assert.Equal(0, _state.Writes);
    }

    [Fact]
    public async Task AChangeIsWrittenOnceWithTheLastFlushDrained()
    {
        _checkpoint.MarkChanged();

        await _checkpoint.WriteAsync(finishing: false, CancellationToken.None);
        await _checkpoint.WriteAsync(finishing: false, CancellationToken.None);

        Assert.Equal(1, _state.Writes);
        Assert.Equal(7, _state.State.DrainedFlush);
    }

    [Fact]
    public async Task FinishedDaysGoToHistoryAndTodayOnlyWhenFinishing()
    {
        _state.State.Apply(Batch(Snapshot(Today.AddDays(-1), "25-34", 10), Snapshot(Today, "25-34", 4)), flushed: false);

        await _checkpoint.WriteAsync(finishing: false, CancellationToken.None);
        var yesterdayOnly = await _history.LoadCellsAsync(Campaign, Today.AddDays(-1), Today, CancellationToken.None);
        await _checkpoint.WriteAsync(finishing: true, CancellationToken.None);
        var both = await _history.LoadCellsAsync(Campaign, Today.AddDays(-1), Today, CancellationToken.None);

        Assert.Equal([10L], yesterdayOnly.Select(cell => cell.Value.Impressions));
        Assert.Equal([10L, 4L], both.OrderBy(cell => cell.Key.Date).Select(cell => cell.Value.Impressions));
        Assert.Equal(2, _state.Writes);
    }

    [Fact]
    public async Task DaysPastRetentionArePrunedOnceHistoryHoldsThem()
    {
        var old = Today.AddDays(-40);
        _state.State.Apply(Batch(Snapshot(old, "25-34", 10)), flushed: false);

        await _checkpoint.WriteAsync(finishing: false, CancellationToken.None);

        Assert.False(_state.State.Cells.HasDay(old));
        Assert.Single(await _history.LoadCellsAsync(Campaign, old, old, CancellationToken.None));
    }

    [Fact]
    public async Task AFailedWriteStaysDueForTheNextCheckpoint()
    {
        _checkpoint.MarkChanged();
        _state.FailNextWrite = true;

        await Assert.ThrowsAsync<TimeoutException>(() => _checkpoint.WriteAsync(finishing: false, CancellationToken.None));
        await _checkpoint.WriteAsync(finishing: false, CancellationToken.None);

        Assert.Equal(1, _state.Writes);
    }

    [Fact]
    public async Task NothingIsWrittenAfterALostWrite()
    {
        _checkpoint.MarkChanged();
        await Assert.ThrowsAsync<TimeoutException>(() => _writes.WriteAsync(() => throw new TimeoutException(), () => { }));

        await _checkpoint.WriteAsync(finishing: true, CancellationToken.None);

        Assert.Equal(0, _state.Writes);
    }
}
