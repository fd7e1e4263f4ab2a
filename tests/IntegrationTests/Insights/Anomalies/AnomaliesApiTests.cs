using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Insights.Anomalies;

/// <summary>Anomalies through the API on the alerts cluster: a broken pixel at ingest reaches a webhook, is listed, and feedback lowers its series' sensitivity.</summary>
[Collection(AlertsCollection.Name)]
public sealed class AnomaliesApiTests(AlertsCluster fixture)
{
    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task ABrokenPixelAtIngestReachesTheWebhookIsListedAndAFalsePositiveRaisesItsThreshold()
    {
        var tenant = TenantJson.UniqueId("anomalies");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "UTC"));
        var url = fixture.Receiver.NewUrl("anomalies");
        using var channel = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/alert-channels", new { name = "ops", type = "webhook", url });
        Assert.Equal(HttpStatusCode.Created, channel.StatusCode);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        // Two weeks at 0.1 conversions a unit of spend, then 400.00 spent today without one: e^-40 of a chance.
        await IngestAsync(tenant, [.. Enumerable.Range(1, 14).Select(d => (today.AddDays(-d), 1000m, 100m))]);
        await IngestAsync(tenant, [(today, 400m, 0m)]);

        var alert = (await fixture.Receiver.NextAsync(url, TimeSpan.FromSeconds(20))).Json;
        // 40 conversions lost where a detection at the threshold of 4.5 needs 12.6: past twice that, critical.
        Assert.Equal(("anomaly.detected", "critical", $"{tenant}/meta/916"),
            (alert.GetProperty("kind").GetString(), alert.GetProperty("severity").GetString(), alert.GetProperty("target").GetString()));
        Assert.Equal("BrokenPixel", alert.GetProperty("fields").GetProperty("kind").GetString());
        var listed = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/anomalies?level=campaign&metric=conversions&severity=critical");
        var anomaly = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(("brokenPixel", "open", 0.0, 40.0), (anomaly.GetProperty("kind").GetString(), anomaly.GetProperty("status").GetString(),
            anomaly.GetProperty("observed").GetDouble(), Math.Round(anomaly.GetProperty("expected").GetDouble(), 6)));
        var id = anomaly.GetProperty("id").GetString();

        // The alert speaks for the whole incident: every anomaly it names is listed under its group.
        var group = alert.GetProperty("fields").GetProperty("groupId").GetString();
        Assert.Equal(group, anomaly.GetProperty("groupId").GetString());
        var incident = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/anomalies?group={group}");
        var related = alert.GetProperty("fields").GetProperty("relatedAnomalyIds").GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([.. related.Append(id!).Order()], incident.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).Order());

        using var feedback = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/anomalies/{id}/feedback", new { verdict = "false-positive" });

        Assert.Equal(HttpStatusCode.OK, feedback.StatusCode);
        var judged = await feedback.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("falsePositive", 1), (judged.GetProperty("after").GetProperty("status").GetString(), judged.GetProperty("seriesFalsePositives").GetInt32()));
        Assert.Equal(4.5 * 1.2, judged.GetProperty("seriesThreshold").GetDouble(), 9);
        var falsePositives = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/anomalies?status=falsePositive");
        Assert.Equal(id, Assert.Single(falsePositives.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        var audit = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audit?action=anomaly.feedback");
        Assert.Equal(id, Assert.Single(audit.GetProperty("items").EnumerateArray()).GetProperty("target").GetString());
    }

    [Fact]
    public async Task InQuietHoursAnAnomalyIsListedButNotDeliveredAndOutsideThemItIsDelivered()
    {
        // Quiet hours from an hour before now to two hours after in the tenant's zone; the other tenant's start three hours on.
        const string zone = "Asia/Tokyo";
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone));
        var localHour = local.Hour;
        var quiet = await TenantWithWebhookAsync("anomalies-quiet", zone, (localHour + 23) % 24, (localHour + 2) % 24);
        var awake = await TenantWithWebhookAsync("anomalies-awake", zone, (localHour + 3) % 24, (localHour + 5) % 24);
        var today = DateOnly.FromDateTime(local.DateTime);
        foreach (var (tenant, _) in new[] { quiet, awake })
        {
            await IngestAsync(tenant, [.. Enumerable.Range(1, 14).Select(d => (today.AddDays(-d), 1000m, 100m))]);
            await IngestAsync(tenant, [(today, 400m, 0m)]);
        }

        var delivered = (await fixture.Receiver.NextAsync(awake.Url, TimeSpan.FromSeconds(20))).Json;
        var held = await Eventually.ReadAsync(
            () => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{quiet.Tenant}/anomalies?metric=conversions"),
            page => page.GetProperty("items").GetArrayLength() > 0);

        Assert.Equal("BrokenPixel", delivered.GetProperty("fields").GetProperty("kind").GetString());
        var anomaly = Assert.Single(held.GetProperty("items").EnumerateArray());
        Assert.Equal(("brokenPixel", false), (anomaly.GetProperty("kind").GetString(), anomaly.GetProperty("alerted").GetBoolean()));
        // Stored before the quiet hours are consulted, so once it is listed no alert can still be on its way.
        var alerts = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{quiet.Tenant}/alerts?kind=anomaly.detected");
        Assert.Empty(alerts.GetProperty("items").EnumerateArray());
        Assert.Equal(0, fixture.Receiver.Count(quiet.Url));
    }

    [Fact]
    public async Task SettingsAreValidatedAuditedAndBadValuesAreNamed()
    {
        var tenant = TenantJson.UniqueId("anomaly-settings");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "UTC"));

        using var updated = await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/anomaly-settings",
            new { sensitivity = 0.8, metrics = new[] { "spend", "conversions" }, minimumClicks = 50, quietFrom = 22, quietTo = 6 });
        using var refused = await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/anomaly-settings", new { sensitivity = 3, metrics = new[] { "reach" } });
        using var badQuery = await Api.GetAsync($"api/v1/tenants/{tenant}/anomalies?metric=reach&severity=loud&level=ad&group=incident-7");
        using var badVerdict = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/anomalies/{Guid.NewGuid()}/feedback", new { verdict = "maybe" });
        using var unknown = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/anomalies/{Guid.NewGuid()}/feedback", new { verdict = "real" });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var settings = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/anomaly-settings");
        Assert.Equal((0.8, 50, 22, 6), (settings.GetProperty("sensitivity").GetDouble(), settings.GetProperty("minimumClicks").GetInt32(),
            settings.GetProperty("quietFrom").GetInt32(), settings.GetProperty("quietTo").GetInt32()));
        Assert.Equal(["metrics"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(refused, HttpStatusCode.BadRequest, "validation")));
        Assert.Equal(["group", "level", "metric", "severity"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(badQuery, HttpStatusCode.BadRequest, "validation")));
        Assert.Equal(["verdict"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(badVerdict, HttpStatusCode.BadRequest, "validation")));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var audit = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audit?action=anomaly-settings.updated");
        Assert.Single(audit.GetProperty("items").EnumerateArray());
    }

    private async Task<(string Tenant, string Url)> TenantWithWebhookAsync(string name, string zone, int quietFrom, int quietTo)
    {
        var tenant = TenantJson.UniqueId(name);
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: zone));
        var url = fixture.Receiver.NewUrl(name);
        using var channel = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/alert-channels", new { name = "ops", type = "webhook", url });
        Assert.Equal(HttpStatusCode.Created, channel.StatusCode);
        using var updated = await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/anomaly-settings", new { quietFrom, quietTo });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        return (tenant, url);
    }

    private async Task IngestAsync(string tenant, IReadOnlyList<(DateOnly Date, decimal Spend, decimal Conversions)> days)
    {
        using var ingested = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new
        {
            items = days.Select(d => new
            {
                platform = "meta",
                campaignId = "916",
                date = d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                impressions = 100_000,
                clicks = (int)(2 * d.Spend),
                spend = d.Spend,
                conversions = d.Conversions,
                conversionValue = d.Conversions * 45m,
            }),
        });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
    }
}
