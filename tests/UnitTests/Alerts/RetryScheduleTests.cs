using GrainMarketing.Alerts;

namespace GrainMarketing.UnitTests.Alerts;

public sealed class RetryScheduleTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(9, 256)]
    public void EachFailureDoublesTheWait(int failedAttempt, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetrySchedule.After(failedAttempt, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5)));

    [Theory]
    [InlineData(10)]
    [InlineData(20)]
    [InlineData(200)]
    public void TheWaitNeverPassesTheCap(int failedAttempt) =>
        Assert.Equal(TimeSpan.FromMinutes(5), RetrySchedule.After(failedAttempt, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5)));

    [Fact]
    public void ThereIsNoWaitBeforeTheFirstAttempt() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RetrySchedule.After(0, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5)));
}
