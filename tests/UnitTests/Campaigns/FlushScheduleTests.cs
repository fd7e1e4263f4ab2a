using GrainMarketing.Campaigns;
using Microsoft.Extensions.Time.Testing;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class FlushScheduleTests
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingTimer _timer = new();

    [Fact]
    public void TheFirstChangeIsFlushedAfterTheGatheringDelayAndTheRestOfItsBurstWaitsForThePeriod()
    {
        var schedule = new FlushSchedule(_timer, Period, _clock);

        schedule.Changed();
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        schedule.Changed();
        _clock.Advance(TimeSpan.FromMilliseconds(900));
        schedule.Changed();

        Assert.Equal([(FlushSchedule.Gathering, Period)], _timer.Changes);
    }

    [Fact]
    public void AChangeAfterAWholeQuietPeriodIsBroughtForwardAgain()
    {
        var schedule = new FlushSchedule(_timer, Period, _clock);

        schedule.Changed();
        _clock.Advance(Period);
        schedule.Changed();

        Assert.Equal(2, _timer.Changes.Count);
    }

    private sealed class RecordingTimer : IGrainTimer
    {
        public List<(TimeSpan DueTime, TimeSpan Period)> Changes { get; } = [];

        public void Change(TimeSpan dueTime, TimeSpan period) => Changes.Add((dueTime, period));

        public void Dispose()
        {
        }
    }
}
