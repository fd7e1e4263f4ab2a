using GrainMarketing.Alerts;

namespace GrainMarketing.ApiHost.Alerts;

/// <summary>What a channel test came to.</summary>
/// <param name="Status"><c>delivered</c>, <c>failed</c>, or <c>pending</c> when the attempt had not finished within the wait (see the alert history).</param>
/// <param name="Attempt">The attempt, once finished: HTTP status or SMTP error, duration.</param>
public sealed record AlertChannelTestResponse(Guid AlertId, Guid DeliveryId, string Status, AlertDeliveryAttempt? Attempt)
{
    public static AlertChannelTestResponse From(AlertChannelTest test, AlertDeliveryAttempt? attempt) => new(
        test.AlertId,
        test.DeliveryId,
        attempt is null ? "pending" : attempt.Outcome == DeliveryOutcome.Delivered ? "delivered" : "failed",
        attempt);
}
