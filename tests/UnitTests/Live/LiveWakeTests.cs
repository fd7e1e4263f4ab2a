using GrainMarketing.ApiHost.Live;
using Microsoft.Extensions.Time.Testing;

namespace GrainMarketing.UnitTests.Live;

public sealed class LiveWakeTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WithoutAChangeTheNextUpdateIsDueASecondAfterTheLast()
    {
        using var wake = new LiveWake(_clock, _ => { });

        var next = wake.NextAsync(CancellationToken.None);
        _clock.Advance(LiveWake.MinimumGap);
        _clock.Advance(LiveApi.Interval - LiveWake.MinimumGap - TimeSpan.FromMilliseconds(1));
        await Task.Delay(20);
        Assert.False(next.IsCompleted);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AChangeWakesTheFeedAtOnceOnceTheMinimumGapHasPassed()
    {
        using var wake = new LiveWake(_clock, _ => { });

        var next = wake.NextAsync(CancellationToken.None);
        _clock.Advance(LiveWake.MinimumGap + TimeSpan.FromMilliseconds(100));
        await Task.Delay(20);
        Assert.False(next.IsCompleted);

        wake.Changed();
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AChangeDuringTheMinimumGapWakesTheFeedWhenTheGapEndsAndOnlyOnce()
    {
        using var wake = new LiveWake(_clock, _ => { });

        var first = wake.NextAsync(CancellationToken.None);
        wake.Changed();
        wake.Changed();
        await Task.Delay(20);
        Assert.False(first.IsCompleted);
        _clock.Advance(LiveWake.MinimumGap);
        await first.WaitAsync(TimeSpan.FromSeconds(5));

        var second = wake.NextAsync(CancellationToken.None);
        _clock.Advance(LiveWake.MinimumGap);
        await Task.Delay(20);
        Assert.False(second.IsCompleted);
    }

    [Fact]
    public async Task AClockThatJumpsPastBothDeadlinesEndsTheWaitAtOnce()
    {
        using var wake = new LiveWake(_clock, _ => { });

        var next = wake.NextAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(16));

        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void DisposingLeavesOnce()
    {
        var left = 0;
        var wake = new LiveWake(_clock, _ => left++);

        wake.Dispose();
        wake.Dispose();

        Assert.Equal(1, left);
    }
}
