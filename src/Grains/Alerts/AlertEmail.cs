using System.Text;
using MimeKit;

namespace GrainMarketing.Alerts;

/// <summary>An alert as a plain-text email to every recipient of the channel.</summary>
public static class AlertEmail
{
    public static MimeMessage Build(DeliveryJob job, string from)
    {
        var alert = job.Alert;
        var body = new StringBuilder()
            .AppendLine(alert.Text)
            .AppendLine()
            .AppendLine($"Severity: {alert.Severity.ToString().ToLowerInvariant()}")
            .AppendLine($"Tenant: {job.Tenant}")
            .AppendLine($"Kind: {alert.Kind}")
            .AppendLine($"Occurred at: {AlertFormat.Time(alert.OccurredAt)}");
        if (alert.Target is { } target)
        {
            body.AppendLine($"Target: {target}");
        }

        if (alert.RuleId is { } rule)
        {
            body.AppendLine($"Rule: {rule}");
        }

        foreach (var (name, value) in alert.Fields ?? new Dictionary<string, string>())
        {
            body.AppendLine($"{name}: {value}");
        }

        body.AppendLine().AppendLine($"Alert {job.AlertId}, delivery {job.DeliveryId}, attempt {job.Attempt}.");
        var message = new MimeMessage
        {
            Subject = $"[{AlertFormat.Label(alert.Severity)}] {alert.Title}",
            Body = new TextPart("plain") { Text = body.ToString() },
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.AddRange((job.Channel.Recipients ?? []).Select(MailboxAddress.Parse));
        message.Headers.Add(WebhookSignature.DeliveryHeader, job.DeliveryId.ToString());
        return message;
    }
}
