using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Alerts;

/// <summary>Rules that notify: the batch that crosses a threshold reaches a signed webhook, and a restatement that reverses the decision does too.</summary>
[Collection(AlertsCollection.Name)]
public sealed class RuleAlertsTests(AlertsCluster fixture)
{
    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task AFiringRuleSendsItsEvidenceToTheWebhookAndARestatementThatReversesItAlertsAgain()
    {
        var tenant = TenantJson.UniqueId("rule-alerts");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "UTC"));
        var url = fixture.Receiver.NewUrl("rules");
        using var channel = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/alert-channels", new { name = "ops", type = "webhook", url });
        Assert.Equal(HttpStatusCode.Created, channel.StatusCode);
        var secret = (await channel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules", new
        {
            name = "Runaway spend",
            conditions = new[] { new { metric = "spend", window = "3d", comparator = "gt", threshold = 100 } },
            actions = new object[] { new { type = "pause" }, new { type = "notify", channels = new[] { "ops" }, severity = "critical" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var rule = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await IngestAsync(tenant, today.AddDays(-1), 20);
        await IngestAsync(tenant, today, 90);

        var fired = (await fixture.Receiver.NextAsync(url, TimeSpan.FromSeconds(20))).Json;
        Assert.Equal(("rule.fired", "critical", rule, "meta:916"), (fired.GetProperty("kind").GetString(), fired.GetProperty("severity").GetString(),
            fired.GetProperty("ruleId").GetString(), fired.GetProperty("target").GetString()));
        Assert.Contains("spend over 3d: 110 (> 100)", fired.GetProperty("text").GetString());
        Assert.Contains("pause: applied (active -> paused)", fired.GetProperty("text").GetString());

        await IngestAsync(tenant, today.AddDays(-1), 5);

        var request = await fixture.Receiver.NextAsync(url, TimeSpan.FromSeconds(20));
        Assert.True(request.IsSignedWith(secret));
        var reversed = request.Json;
        Assert.Equal(("rule.reversed", "warning", "meta:916"), (reversed.GetProperty("kind").GetString(), reversed.GetProperty("severity").GetString(), reversed.GetProperty("target").GetString()));
        Assert.Contains("spend over 3d: 95 (> 100)", reversed.GetProperty("text").GetString());
        var history = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/rules/{rule}/history");
        Assert.Equal(["reversed", "fired"], history.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()));
    }

    private async Task IngestAsync(string tenant, DateOnly date, decimal spend)
    {
        using var ingested = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new
        {
            items = new[] { new { platform = "meta", campaignId = "916", date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), impressions = 20_000, clicks = 400, spend, conversions = 3m } },
        });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
    }
}
