namespace GrainMarketing.Alerts;

/// <summary>A router's pending deliveries over its state: which are due, which are out with the sender, and what a reported attempt comes to.</summary>
/// <remarks>
/// A reported attempt is delivered, retried after a backoff or dead-lettered. Which attempts are out, and
/// which the sender could not take yet, is known only to this activation: after a restart every delivery is
/// due at its persisted time, an attempt that was out included.
/// </remarks>
public sealed class AlertDeliveries(AlertRouterState state, AlertOptions options)
{
    public const int MaxPending = 500;

    /// <summary>When a delivery is due instead of its persisted time.</summary>
    /// <remarks>
    /// An attempt that is out is due again when it counts as lost; one the sender turned away, after the base
    /// delay.
    /// </remarks>
    private readonly Dictionary<Guid, DateTimeOffset> _dueInstead = [];

    public bool IsEmpty => state.Pending.Count == 0;

    public bool HasRoom => state.Pending.Count < MaxPending;

    /// <summary>A new delivery, due at once.</summary>
    public PendingDelivery Add(Guid alertId, Alert alert, Guid channelId, int maxAttempts, DateTimeOffset now)
    {
        var delivery = new PendingDelivery(Guid.NewGuid(), alertId, alert, channelId, 0, now, maxAttempts);
        state.Pending[delivery.DeliveryId] = delivery;
        return delivery;
    }

    /// <summary>Opens an alert with deliveries; <paramref name="failed"/> when some of them already failed for good.</summary>
    public void Open(Guid alertId, bool failed) => state.OpenAlerts[alertId] = failed;

    /// <summary>Deliveries to attempt now, earliest first: due, or out for longer than an outcome can take (its report was lost).</summary>
    public IReadOnlyList<PendingDelivery> Due(DateTimeOffset now) => [.. state.Pending.Values.Where(d => DueAt(d) <= now).OrderBy(DueAt)];

    /// <summary>The attempt is with the sender; it is due again only if no outcome comes back in time.</summary>
    public void MarkOut(Guid deliveryId, DateTimeOffset now) => _dueInstead[deliveryId] = now + options.LostAfter;

    /// <summary>The sender could not take it: try again after the base delay, as the same attempt.</summary>
    public void Postpone(Guid deliveryId, DateTimeOffset now) => _dueInstead[deliveryId] = now + options.RetryBaseDelay;

    /// <summary>When something is next due, if anything is pending.</summary>
    public DateTimeOffset? NextDue() => state.Pending.Values.Select(DueAt).Order().Cast<DateTimeOffset?>().FirstOrDefault();

    /// <summary>Applies an attempt's outcome; null when the report is stale, so a duplicate report changes nothing.</summary>
    /// <remarks>A report is stale when the delivery is finished or that attempt's outcome is already known.</remarks>
    public DeliveryStep? Apply(AttemptReport report, DateTimeOffset now)
    {
        if (!state.Pending.TryGetValue(report.DeliveryId, out var delivery) || report.Attempt != delivery.Attempts + 1)
        {
            return null;
        }

        _dueInstead.Remove(report.DeliveryId);
        delivery = delivery with { Attempts = report.Attempt };
        if (!report.Delivered && report.Attempt < delivery.MaxAttempts)
        {
            var retry = delivery with { NextAttemptAt = now + RetrySchedule.After(report.Attempt, options.RetryBaseDelay, options.MaxRetryDelay) };
            state.Pending[retry.DeliveryId] = retry;
            return new DeliveryStep(retry, DeliveryOutcome.Retrying, null);
        }

        var outcome = report.Delivered ? DeliveryOutcome.Delivered
            : delivery.MaxAttempts == 1 ? DeliveryOutcome.Failed
            : DeliveryOutcome.DeadLettered;
        return Finish(delivery, outcome);
    }

    /// <summary>Ends every delivery to a channel that is being deleted.</summary>
    public IReadOnlyList<DeliveryStep> FailChannel(Guid channelId) =>
        [.. state.Pending.Values.Where(d => d.ChannelId == channelId).ToList().Select(d => Finish(d, DeliveryOutcome.Failed))];

    private DateTimeOffset DueAt(PendingDelivery delivery) => _dueInstead.GetValueOrDefault(delivery.DeliveryId, delivery.NextAttemptAt);

    private DeliveryStep Finish(PendingDelivery delivery, DeliveryOutcome outcome)
    {
        state.Pending.Remove(delivery.DeliveryId);
        _dueInstead.Remove(delivery.DeliveryId);
        var failed = state.OpenAlerts.GetValueOrDefault(delivery.AlertId) || outcome != DeliveryOutcome.Delivered;
        if (state.Pending.Values.Any(d => d.AlertId == delivery.AlertId))
        {
            state.OpenAlerts[delivery.AlertId] = failed;
            return new DeliveryStep(delivery, outcome, null);
        }

        state.OpenAlerts.Remove(delivery.AlertId);
        return new DeliveryStep(delivery, outcome, failed ? AlertStatus.Failed : AlertStatus.Delivered);
    }
}
