using GrainMarketing.Campaigns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class ChangeWatchersTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingTimer _timer = new();
    private readonly CountingObserver _host = new();
    private Func<Task>? _tell;

    [Fact]
    public async Task TheFirstChangeIsToldAtOnceAndTheRestOfItsBurstOnceWhenTheGapEnds()
    {
        var watchers = Watchers();
        watchers.Watch(_host);

        await watchers.ChangedAsync();
        _clock.Advance(TimeSpan.FromMilliseconds(50));
        await watchers.ChangedAsync();
        await watchers.ChangedAsync();

        Assert.Equal(1, _host.Told);
        Assert.Equal([ChangeWatchers.Gap - TimeSpan.FromMilliseconds(50)], _timer.DueTimes);
        await _tell!();
        Assert.Equal(2, _host.Told);
    }

    [Fact]
    public async Task AChangeAfterTheGapIsToldAtOnce()
    {
        var watchers = Watchers();
        watchers.Watch(_host);

        await watchers.ChangedAsync();
        _clock.Advance(ChangeWatchers.Gap);
        await watchers.ChangedAsync();

        Assert.Equal(2, _host.Told);
        Assert.Empty(_timer.DueTimes);
    }

    [Fact]
    public async Task NobodyWatchingCostsNothing()
    {
        var watchers = Watchers();

        await watchers.ChangedAsync();
        await watchers.ChangedAsync();

        Assert.Null(_tell);
        Assert.Equal(0, _host.Told);
    }

    private ChangeWatchers Watchers() => new("t1", _clock, NullLogger.Instance, tell =>
    {
        _tell = tell;
        return _timer;
    });

    private sealed class CountingObserver : ITenantChangeObserver
    {
        public int Told { get; private set; }

        public Task TenantChangedAsync(string tenant)
        {
            Assert.Equal("t1", tenant);
            Told++;
            return Task.CompletedTask;
        }
    }

    private sealed class RecordingTimer : IGrainTimer
    {
        public List<TimeSpan> DueTimes { get; } = [];

        public void Change(TimeSpan dueTime, TimeSpan period) => DueTimes.Add(dueTime);

        public void Dispose()
        {
        }
    }
}
