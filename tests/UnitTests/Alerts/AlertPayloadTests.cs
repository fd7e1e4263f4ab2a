using System.Text.Json;
using GrainMarketing.Alerts;
using GrainMarketing.Automation;

namespace GrainMarketing.UnitTests.Alerts;

public sealed class AlertPayloadTests
{
    private static readonly Guid AlertId = Guid.Parse("6f1c2d3e-0000-4000-8000-000000000001");
    private static readonly Guid RuleId = Guid.Parse("6f1c2d3e-0000-4000-8000-000000000002");

    private static readonly DeliveryJob Job = new(
        "acme",
        AlertId,
        Guid.Parse("6f1c2d3e-0000-4000-8000-000000000003"),
        2,
        new Alert("rule.fired", AlertSeverity.Warning, "CPA above 40 <meta:916>", "Winter sale & co: CPA 52.10 over 3d", "rule:1:meta:916",
            new DateTimeOffset(2026, 11, 23, 10, 30, 0, TimeSpan.FromHours(1)), RuleId: RuleId, Target: "meta:916",
            Fields: new Dictionary<string, string> { ["CPA"] = "52.10", ["Threshold"] = "40" }),
        new StoredAlertChannel(
            new AlertChannel(Guid.NewGuid(), "ops", AlertChannelType.Webhook, AlertSeverity.Info, true, "https://example.com/hook", null,
                DateTimeOffset.UnixEpoch, "ana", DateTimeOffset.UnixEpoch, "ana", DateTimeOffset.UnixEpoch),
            "gmwh_secret"));

    [Fact]
    public void AWebhookBodyHasEveryFieldInCamelCase()
    {
        var body = JsonDocument.Parse(WebhookPayload.For(Job).ToUtf8Json()).RootElement;

        Assert.Equal(
            ["id", "kind", "severity", "title", "text", "tenant", "ruleId", "target", "fields", "occurredAt", "attempt"],
            body.EnumerateObject().Select(p => p.Name));
        Assert.Equal((AlertId, "rule.fired", "warning", "acme", RuleId, "meta:916", 2),
            (body.GetProperty("id").GetGuid(), body.GetProperty("kind").GetString(), body.GetProperty("severity").GetString(),
             body.GetProperty("tenant").GetString(), body.GetProperty("ruleId").GetGuid(), body.GetProperty("target").GetString(), body.GetProperty("attempt").GetInt32()));
        Assert.Equal("52.10", body.GetProperty("fields").GetProperty("CPA").GetString());
        Assert.Equal(Job.Alert.OccurredAt, body.GetProperty("occurredAt").GetDateTimeOffset());
    }

    [Fact]
    public void ASlackMessageHasAFallbackTextAndHeaderSectionFieldsAndContextBlocks()
    {
        var message = JsonDocument.Parse(SlackMessage.ToUtf8Json(Job)).RootElement;

        Assert.Equal("[WARNING] CPA above 40 <meta:916>: Winter sale & co: CPA 52.10 over 3d", message.GetProperty("text").GetString());
        var blocks = message.GetProperty("blocks");
        Assert.Equal(["header", "section", "section", "context"], blocks.EnumerateArray().Select(b => b.GetProperty("type").GetString()));
        Assert.Equal(("plain_text", "CPA above 40 <meta:916>"), (blocks[0].GetProperty("text").GetProperty("type").GetString(), blocks[0].GetProperty("text").GetProperty("text").GetString()));
        Assert.Equal("Winter sale &amp; co: CPA 52.10 over 3d", blocks[1].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal(
            ["*Severity*\nWARNING", "*Tenant*\nacme", "*Target*\nmeta:916", $"*Rule*\n{RuleId}", "*CPA*\n52.10", "*Threshold*\n40"],
            blocks[2].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("text").GetString()));
        Assert.Contains("2026-11-23 09:30:00 UTC", blocks[3].GetProperty("elements")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ASlackMessageKeepsWithinSlacksLimits()
    {
        var fields = Enumerable.Range(0, 20).ToDictionary(i => $"f{i}", i => new string('x', 3000));
        var job = Job with { Alert = Job.Alert with { Title = new string('t', 400), Fields = fields } };

        var blocks = JsonDocument.Parse(SlackMessage.ToUtf8Json(job)).RootElement.GetProperty("blocks");

        Assert.Equal(150, blocks[0].GetProperty("text").GetProperty("text").GetString()!.Length);
        Assert.Equal(10, blocks[2].GetProperty("fields").GetArrayLength());
        Assert.All(blocks[2].GetProperty("fields").EnumerateArray(), f => Assert.InRange(f.GetProperty("text").GetString()!.Length, 1, 2000));
    }

    [Fact]
    public void AnEmailGoesToEveryRecipientWithTheSeverityInItsSubjectAndTheFactsInItsText()
    {
        var job = Job with
        {
            Channel = Job.Channel with { Details = Job.Channel.Details with { Type = AlertChannelType.Email, Url = null, Recipients = ["ops@example.com", "ana@example.com"] } },
        };

        var message = AlertEmail.Build(job, "GrainMarketing <alerts@example.com>");

        Assert.Equal("[WARNING] CPA above 40 <meta:916>", message.Subject);
        Assert.Equal(["ops@example.com", "ana@example.com"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("CPA: 52.10", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Occurred at: 2026-11-23 09:30:00 UTC", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(job.DeliveryId.ToString(), message.Headers[WebhookSignature.DeliveryHeader]);
    }

    [Fact]
    public void AChannelPrintsNeitherItsUrlNorItsSecret()
    {
        var printed = $"{Job.Channel} {Job}";

        Assert.DoesNotContain("gmwh_secret", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("example.com/hook", printed, StringComparison.Ordinal);
    }
}
