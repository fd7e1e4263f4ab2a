using GrainMarketing.Alerts;
using GrainMarketing.Automation;

namespace GrainMarketing.UnitTests.Alerts;

public sealed class AlertDeliveriesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Alert Alert = new("rule.fired", AlertSeverity.Error, "t", "x", "k", Now);
    private static readonly Guid Ops = Guid.NewGuid();
    private static readonly Guid Mail = Guid.NewGuid();

    private readonly AlertRouterState _state = new();
    private readonly AlertOptions _options = new() { RetryBaseDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromMinutes(5) };
    private readonly AlertDeliveries _deliveries;

    public AlertDeliveriesTests() => _deliveries = new AlertDeliveries(_state, _options);

    [Fact]
    public void FailedAttemptsAreRetriedAfterDoublingWaitsAndTheLastOneDeadLetters()
    {
        var alertId = Guid.NewGuid();
        var delivery = Start(alertId, Ops, maxAttempts: 4);
        var at = Now;
        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var step = _deliveries.Apply(Failure(delivery, attempt), at)!;
            Assert.Equal((DeliveryOutcome.Retrying, (AlertStatus?)null), (step.Outcome, step.AlertStatus));
            waits.Add(step.Delivery.NextAttemptAt - at);
            Assert.Empty(_deliveries.Due(step.Delivery.NextAttemptAt.AddTicks(-1)));
            Assert.Equal([delivery.DeliveryId], _deliveries.Due(step.Delivery.NextAttemptAt).Select(d => d.DeliveryId));
            at = step.Delivery.NextAttemptAt;
        }

        var last = _deliveries.Apply(Failure(delivery, 4), at)!;

        Assert.Equal([1, 2, 4], waits.Select(w => w.TotalSeconds));
        Assert.Equal((DeliveryOutcome.DeadLettered, AlertStatus.Failed), (last.Outcome, last.AlertStatus));
        Assert.True(_deliveries.IsEmpty);
        Assert.Empty(_state.OpenAlerts);
    }

    [Fact]
    public void AReportForAnAttemptWhoseOutcomeIsKnownOrForAFinishedDeliveryChangesNothing()
    {
        var delivery = Start(Guid.NewGuid(), Ops, maxAttempts: 5);
        _deliveries.Apply(Failure(delivery, 1), Now);

        Assert.Null(_deliveries.Apply(Failure(delivery, 1), Now));
        Assert.Null(_deliveries.Apply(Failure(delivery, 3), Now));
        Assert.Equal(DeliveryOutcome.Delivered, _deliveries.Apply(Success(delivery, 2), Now)!.Outcome);
        Assert.Null(_deliveries.Apply(Success(delivery, 2), Now));
    }

    [Fact]
    public void AnAlertIsDeliveredWhenEveryChannelHasItAndFailedWhenAnyGaveUp()
    {
        var both = Guid.NewGuid();
        var ops = Start(both, Ops, maxAttempts: 1);
        var mail = Start(both, Mail, maxAttempts: 1);
        Assert.Null(_deliveries.Apply(Success(ops, 1), Now)!.AlertStatus);
        Assert.Equal(AlertStatus.Delivered, _deliveries.Apply(Success(mail, 1), Now)!.AlertStatus);

        var mixed = Guid.NewGuid();
        var first = Start(mixed, Ops, maxAttempts: 1);
        var second = Start(mixed, Mail, maxAttempts: 1);
        Assert.Equal((DeliveryOutcome.Failed, (AlertStatus?)null), (_deliveries.Apply(Failure(first, 1), Now) is { } f ? (f.Outcome, f.AlertStatus) : default));
        Assert.Equal(AlertStatus.Failed, _deliveries.Apply(Success(second, 1), Now)!.AlertStatus);
    }

    [Fact]
    public void AnAlertThatLostAChannelBeforeAnyAttemptEndsFailedEvenIfTheRestArrive()
    {
        var alertId = Guid.NewGuid();
        var delivery = _deliveries.Add(alertId, Alert, Ops, 5, Now);
        _deliveries.Open(alertId, failed: true);

        Assert.Equal(AlertStatus.Failed, _deliveries.Apply(Success(delivery, 1), Now)!.AlertStatus);
    }

    [Fact]
    public void AnAttemptOutWithTheSenderIsDueAgainOnlyOnceItsOutcomeCountsAsLost()
    {
        var delivery = Start(Guid.NewGuid(), Ops, maxAttempts: 5);
        _deliveries.MarkOut(delivery.DeliveryId, Now);

        Assert.Empty(_deliveries.Due(Now.AddSeconds(30)));
        Assert.Equal(Now + _options.LostAfter, _deliveries.NextDue());
        Assert.Single(_deliveries.Due(Now + _options.LostAfter));
    }

    [Fact]
    public void AnAttemptTheSenderTurnedAwayIsDueAfterTheBaseDelayAsTheSameAttempt()
    {
        var delivery = Start(Guid.NewGuid(), Ops, maxAttempts: 5);
        _deliveries.Postpone(delivery.DeliveryId, Now);

        Assert.Empty(_deliveries.Due(Now));
        var due = Assert.Single(_deliveries.Due(Now.AddSeconds(1)));
        Assert.Equal(0, due.Attempts);
    }

    [Fact]
    public void DeletingAChannelEndsItsDeliveriesAndFinishesTheirAlerts()
    {
        var alertId = Guid.NewGuid();
        Start(alertId, Ops, maxAttempts: 5);
        var mail = Start(Guid.NewGuid(), Mail, maxAttempts: 5);

        var ended = Assert.Single(_deliveries.FailChannel(Ops));

        Assert.Equal((alertId, DeliveryOutcome.Failed, AlertStatus.Failed), (ended.Delivery.AlertId, ended.Outcome, ended.AlertStatus));
        Assert.Equal([mail.DeliveryId], _state.Pending.Keys);
    }

    [Fact]
    public void NoMoreThanTheMostPendingAreTaken()
    {
        for (var i = 0; i < AlertDeliveries.MaxPending; i++)
        {
            Assert.True(_deliveries.HasRoom);
            _deliveries.Add(Guid.NewGuid(), Alert, Ops, 5, Now);
        }

        Assert.False(_deliveries.HasRoom);
    }

    private PendingDelivery Start(Guid alertId, Guid channel, int maxAttempts)
    {
        var delivery = _deliveries.Add(alertId, Alert, channel, maxAttempts, Now);
        _deliveries.Open(alertId, failed: false);
        return delivery;
    }

    private static AttemptReport Failure(PendingDelivery delivery, int attempt) => new(delivery.DeliveryId, attempt, false, 500, "The receiver answered 500.", Now, 3);

    private static AttemptReport Success(PendingDelivery delivery, int attempt) => new(delivery.DeliveryId, attempt, true, 200, null, Now, 3);
}
