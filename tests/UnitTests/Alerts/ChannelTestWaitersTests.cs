using GrainMarketing.Alerts;

namespace GrainMarketing.UnitTests.Alerts;

public sealed class ChannelTestWaitersTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AWaiterReceivesTheAttemptReportedForItsDelivery()
    {
        var waiters = new ChannelTestWaiters();
        var delivery = Guid.NewGuid();
        waiters.Expect(delivery);

        var waiting = waiters.WaitAsync(delivery, TimeSpan.FromSeconds(5));
        waiters.Complete(delivery, Attempt(delivery));

        Assert.Equal(Attempt(delivery), await waiting);
    }

    [Fact]
    public async Task AnAttemptReportedBeforeTheCallerWaitsIsStillAnswered()
    {
        var waiters = new ChannelTestWaiters();
        var delivery = Guid.NewGuid();
        waiters.Expect(delivery);
        waiters.Complete(delivery, Attempt(delivery));

        Assert.Equal(Attempt(delivery), await waiters.WaitAsync(delivery, TimeSpan.Zero));
    }

    [Fact]
    public async Task AnUnknownDeliveryIsAnsweredNullAtOnce()
    {
        var waiters = new ChannelTestWaiters();
        waiters.Complete(Guid.NewGuid(), Attempt(Guid.NewGuid()));

        Assert.Null(await waiters.WaitAsync(Guid.NewGuid(), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task ATestWithoutAnOutcomeWithinTheTimeoutIsAnsweredNull()
    {
        var waiters = new ChannelTestWaiters();
        var delivery = Guid.NewGuid();
        waiters.Expect(delivery);

        Assert.Null(await waiters.WaitAsync(delivery, TimeSpan.FromMilliseconds(-5)));
        Assert.Null(await waiters.WaitAsync(delivery, TimeSpan.FromMilliseconds(20)));
    }

    [Fact]
    public async Task PastTheMostWaitersTheOldestIsForgotten()
    {
        var waiters = new ChannelTestWaiters();
        var deliveries = Enumerable.Range(0, ChannelTestWaiters.MaxWaiters + 1).Select(_ => Guid.NewGuid()).ToList();
        foreach (var delivery in deliveries)
        {
            waiters.Expect(delivery);
            waiters.Complete(delivery, Attempt(delivery));
        }

        Assert.Null(await waiters.WaitAsync(deliveries[0], TimeSpan.Zero));
        Assert.Equal(Attempt(deliveries[1]), await waiters.WaitAsync(deliveries[1], TimeSpan.Zero));
        Assert.Equal(Attempt(deliveries[^1]), await waiters.WaitAsync(deliveries[^1], TimeSpan.Zero));
    }

    private static AlertDeliveryAttempt Attempt(Guid delivery) =>
        new(delivery, null, "ops", 1, DeliveryOutcome.Delivered, 200, null, 12, At);
}
