using System.Text.Json;
using System.Text.Json.Nodes;

namespace GrainMarketing.Alerts;

/// <summary>A Slack incoming-webhook message built from an alert, kept within Slack's limits.</summary>
/// <remarks>
/// <c>text</c> as the notification's fallback, and <c>blocks</c> with a header (the title), a section (the
/// text) and a section of fields (severity, tenant, target, rule, then the alert's own facts), kept within
/// Slack's limits.
/// </remarks>
public static class SlackMessage
{
    private const int MaxHeader = 150;
    private const int MaxSection = 3000;
    private const int MaxFields = 10;
    private const int MaxField = 2000;

    public static byte[] ToUtf8Json(DeliveryJob job)
    {
        var alert = job.Alert;
        var facts = new List<(string Name, string Value)> { ("Severity", AlertFormat.Label(alert.Severity)), ("Tenant", job.Tenant) };
        if (alert.Target is { } target)
        {
            facts.Add(("Target", target));
        }

        if (alert.RuleId is { } rule)
        {
            facts.Add(("Rule", rule.ToString()));
        }

        facts.AddRange((alert.Fields ?? new Dictionary<string, string>()).Select(f => (f.Key, f.Value)));
        var message = new JsonObject
        {
            ["text"] = Cut($"[{AlertFormat.Label(alert.Severity)}] {alert.Title}: {alert.Text}", MaxSection),
            ["blocks"] = new JsonArray(
                new JsonObject { ["type"] = "header", ["text"] = Text("plain_text", Cut(alert.Title, MaxHeader)) },
                new JsonObject { ["type"] = "section", ["text"] = Text("mrkdwn", Cut(Escape(alert.Text), MaxSection)) },
                new JsonObject
                {
                    ["type"] = "section",
                    ["fields"] = new JsonArray([.. facts.Take(MaxFields).Select(f => Text("mrkdwn", Cut($"*{Escape(f.Name)}*\n{Escape(f.Value)}", MaxField)))]),
                },
                new JsonObject
                {
                    ["type"] = "context",
                    ["elements"] = new JsonArray(Text("mrkdwn", Escape($"{alert.Kind} · {AlertFormat.Time(alert.OccurredAt)} · alert {job.AlertId}"))),
                }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(message);
    }

    private static JsonObject Text(string type, string text) => new() { ["type"] = type, ["text"] = text };

    /// <summary>Slack's three control characters in mrkdwn text.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
