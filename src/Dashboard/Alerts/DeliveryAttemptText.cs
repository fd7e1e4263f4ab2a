using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;
using MudBlazor;

namespace GrainMarketing.Dashboard.Alerts;

/// <summary>How the alerts page words one delivery attempt: what came of it, the receiver's answer and how long it took.</summary>
public static class DeliveryAttemptText
{
    public static string Outcome(DeliveryOutcome? outcome) => outcome switch
    {
        DeliveryOutcome.Delivered => "delivered",
        DeliveryOutcome.Retrying => "failed, will retry",
        DeliveryOutcome.DeadLettered => "failed, gave up",
        DeliveryOutcome.Failed => "failed",
        _ => "unknown",
    };

    public static Color Colour(DeliveryOutcome? outcome) => outcome switch
    {
        DeliveryOutcome.Delivered => Color.Success,
        DeliveryOutcome.Retrying => Color.Warning,
        _ => Color.Error,
    };

    public static Color Colour(AlertStatus? status) => status switch
    {
        AlertStatus.Delivered => Color.Success,
        AlertStatus.Pending => Color.Warning,
        AlertStatus.Suppressed => Color.Default,
        _ => Color.Error,
    };

    /// <summary>The receiver's answer and the time taken, such as <c>HTTP 200 · 12 ms</c>, or the reason nothing answered.</summary>
    public static string Answer(AlertDeliveryAttempt attempt)
    {
        var duration = $"{(attempt.DurationMs ?? 0).ToString("0", CultureInfo.InvariantCulture)} ms";
        return attempt.HttpStatus is { } status
            ? $"HTTP {status.ToString(CultureInfo.InvariantCulture)} · {duration}"
            : $"{attempt.Error ?? "no answer"} · {duration}";
    }

    /// <summary>The attempt's number as people count (the first try is 1; 0 means nothing could be tried).</summary>
    public static string Number(AlertDeliveryAttempt attempt) =>
        attempt.Attempt is int number and > 0 ? $"try {number.ToString(CultureInfo.InvariantCulture)}" : "not tried";
}
