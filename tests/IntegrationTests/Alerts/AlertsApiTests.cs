using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.Alerts;
using GrainMarketing.Automation;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Alerts;

/// <summary>
/// Alert channels and deliveries end to end: a real silo process in the Postgres profile, the API host on
/// real HTTP, and receivers the tests start (an HTTP server, an SMTP server) that check bodies and
/// signatures. Alerts are raised through the grain as the rule engine raises them.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class AlertsApiTests(AlertsCluster fixture)
{
    private HttpClient Api => fixture.Api;

    private WebhookReceiver Receiver => fixture.Receiver;

    [Fact]
    public async Task AWebhooksSecretIsShownOnlyAtItsCreation()
    {
        var tenant = await NewTenantAsync();
        var url = Receiver.NewUrl("signed");
        var (id, secret) = await CreateSignedAsync(tenant, url);

        var listed = await Api.GetStringAsync($"api/v1/tenants/{tenant}/alert-channels");
        var read = await Api.GetStringAsync($"api/v1/tenants/{tenant}/alert-channels/{id}");
        Assert.DoesNotContain(secret, listed + read, StringComparison.Ordinal);
        Assert.Equal(("ops", "warning", url), (JsonDocument.Parse(read).RootElement.GetProperty("name").GetString(),
            JsonDocument.Parse(read).RootElement.GetProperty("minSeverity").GetString(), JsonDocument.Parse(read).RootElement.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task EveryDeliveryIsSignedWithTheWebhooksCurrentSecret()
    {
        var tenant = await NewTenantAsync();
        var url = Receiver.NewUrl("signed");
        var (id, secret) = await CreateSignedAsync(tenant, url);

        var test = await TestAsync(tenant, id);
        var request = await Receiver.NextAsync(url);
        Assert.Equal(("delivered", 200), (test.GetProperty("status").GetString(), test.GetProperty("attempt").GetProperty("httpStatus").GetInt32()));
        Assert.True(request.IsSignedWith(secret), "the signature does not match the secret shown at creation");
        Assert.Equal(test.GetProperty("deliveryId").GetString(), request.Header("X-GrainMarketing-Delivery"));
        Assert.InRange(long.Parse(request.Header("X-GrainMarketing-Timestamp"), CultureInfo.InvariantCulture),
            DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var body = request.Json;
        Assert.Equal(
            ["id", "kind", "severity", "title", "text", "tenant", "ruleId", "target", "fields", "occurredAt", "attempt"],
            body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("channel.test", "info", tenant, 1, test.GetProperty("alertId").GetString()),
            (body.GetProperty("kind").GetString(), body.GetProperty("severity").GetString(), body.GetProperty("tenant").GetString(),
             body.GetProperty("attempt").GetInt32(), body.GetProperty("id").GetString()));

        var newSecret = await RotateAsync(tenant, id);
        await TestAsync(tenant, id);
        var resigned = await Receiver.NextAsync(url);
        Assert.True(resigned.IsSignedWith(newSecret));
        Assert.False(resigned.IsSignedWith(secret));
        Assert.DoesNotContain(secret, fixture.Cluster.Output(), StringComparison.Ordinal);
        Assert.DoesNotContain(newSecret, fixture.Cluster.Output(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWebhooksChangesAreAuditedAndLoggedWithoutItsSecret()
    {
        var tenant = await NewTenantAsync();
        var url = Receiver.NewUrl("signed");
        var (id, secret) = await CreateSignedAsync(tenant, url);
        var newSecret = await RotateAsync(tenant, id);

        using var updated = await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/alert-channels/{id}", new { name = "ops-renamed", type = "webhook", url, enabled = false });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Api.DeleteAsync($"api/v1/tenants/{tenant}/alert-channels/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"api/v1/tenants/{tenant}/alert-channels/{id}")).StatusCode);

        var trail = await fixture.Cluster.QueryScalarAsync<string>(
            $"SELECT string_agg(action || ':' || coalesce(before->>'name', '-') || '>' || coalesce(after->>'name', '-'), ',' ORDER BY id) FROM audit_log WHERE tenant = '{tenant}' AND action LIKE 'alert-channel.%'");
        Assert.Equal("alert-channel.created:->ops,alert-channel.secret-rotated:->ops,alert-channel.updated:ops>ops-renamed,alert-channel.deleted:ops-renamed>-", trail);
        var leaks = await fixture.Cluster.QueryScalarAsync<long>(
            $"SELECT count(*) FROM audit_log WHERE tenant = '{tenant}' AND (coalesce(before::text, '') || coalesce(after::text, '')) ~ '{AlertRouterGrain.SecretPrefix}'");
        Assert.Equal(0L, leaks);
        Assert.DoesNotContain(secret, fixture.Cluster.Output(), StringComparison.Ordinal);
        Assert.DoesNotContain(newSecret, fixture.Cluster.Output(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReceiverThatFailsTwiceGetsTheAlertOnTheThirdAttemptAndTheHistoryShowsAllThree()
    {
        var tenant = await NewTenantAsync();
        var url = Receiver.NewUrl("flaky");
        Receiver.Answer(url, number => number <= 2 ? 503 : 200);
        var secret = (await CreateAsync(tenant, new { name = "flaky", type = "webhook", url })).Secret!;
        var ruleId = Guid.NewGuid();

        await RaiseAsync(tenant, "cpa:meta:916", ruleId);

        var alert = await AlertAsync(tenant, a => a.GetProperty("status").GetString() == "delivered");
        Assert.Equal([(1, "retrying", 503), (2, "retrying", 503), (3, "delivered", 200)], Attempts(alert).Select(a => (a.Attempt, a.Outcome, a.HttpStatus!.Value)));
        Assert.Equal((ruleId.ToString(), "rule.fired", "flaky"), (alert.GetProperty("ruleId").GetString(), alert.GetProperty("kind").GetString(),
            alert.GetProperty("attempts")[0].GetProperty("channel").GetString()));
        var requests = new[] { await Receiver.NextAsync(url), await Receiver.NextAsync(url), await Receiver.NextAsync(url) };
        Assert.Equal([1, 2, 3], requests.Select(r => r.Json.GetProperty("attempt").GetInt32()));
        Assert.Single(requests.Select(r => r.Header("X-GrainMarketing-Delivery")).Distinct());
        Assert.All(requests, r => Assert.True(r.IsSignedWith(secret)));
        Assert.Equal("52.10", requests[2].Json.GetProperty("fields").GetProperty("CPA").GetString());
    }

    [Fact]
    public async Task AReceiverThatAlwaysFailsIsDeadLetteredAfterTheLastAttemptWithGrowingWaits()
    {
        var tenant = await NewTenantAsync();
        var url = Receiver.NewUrl("down");
        Receiver.Answer(url, _ => 500);
        await CreateAsync(tenant, new { name = "down", type = "webhook", url });

        await RaiseAsync(tenant, "cpa:meta:916");

        var alert = await AlertAsync(tenant, a => a.GetProperty("status").GetString() == "failed");
        var attempts = Attempts(alert);
        Assert.Equal(
            [.. Enumerable.Range(1, AlertsCluster.MaxAttempts).Select(n => (n, n < AlertsCluster.MaxAttempts ? "retrying" : "deadLettered", 500))],
            attempts.Select(a => (a.Attempt, a.Outcome, a.HttpStatus!.Value)));
        for (var n = 1; n < attempts.Count; n++)
        {
            Assert.True(attempts[n].At - attempts[n - 1].At >= AlertsCluster.RetryBase * Math.Pow(2, n - 1), $"attempt {n + 1} came too soon after attempt {n}");
        }

        Assert.Equal(AlertsCluster.MaxAttempts, Receiver.Count(url));
    }

    [Fact]
    public async Task ASlackChannelReceivesTheIncomingWebhookFormatAndItsUrlIsNeverAnsweredWhole()
    {
        var tenant = await NewTenantAsync();
        var url = Receiver.NewUrl("slack");
        var (id, secret) = await CreateAsync(tenant, new { name = "team", type = "slack", url });

        var test = await TestAsync(tenant, id);
        var message = (await Receiver.NextAsync(url)).Json;

        Assert.Null(secret);
        Assert.Equal("delivered", test.GetProperty("status").GetString());
        Assert.StartsWith("[INFO] Test of alert channel team", message.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(["header", "section", "section", "context"], message.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("type").GetString()));
        Assert.Contains(message.GetProperty("blocks")[2].GetProperty("fields").EnumerateArray(), f => f.GetProperty("text").GetString() == $"*Tenant*\n{tenant}");
        var shown = await Api.GetStringAsync($"api/v1/tenants/{tenant}/alert-channels/{id}");
        Assert.DoesNotContain(new Uri(url).AbsolutePath, shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmailChannelSendsTheAlertThroughSmtpToEveryRecipient()
    {
        var tenant = await NewTenantAsync();
        var (id, _) = await CreateAsync(tenant, new { name = "mail", type = "email", recipients = new[] { "ops@example.com", "ana@example.com" } });

        var test = await TestAsync(tenant, id);
        var message = await fixture.Smtp.NextMessageAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("delivered", test.GetProperty("status").GetString());
        Assert.Matches(@"(?m)^To: ops@example\.com, ana@example\.com\r?$", message);
        Assert.Contains("Subject: [INFO] Test of alert channel mail", message, StringComparison.Ordinal);
        Assert.Contains($"Tenant: {tenant}", message, StringComparison.Ordinal);
        Assert.Contains($"X-GrainMarketing-Delivery: {test.GetProperty("deliveryId").GetString()}", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameAlertWithinTheWindowIsDeliveredOnceAndRecordedAsSuppressed()
    {
        var tenant = await NewTenantAsync();
        var url = Receiver.NewUrl("dedup");
        await CreateAsync(tenant, new { name = "ops", type = "webhook", url });

        await RaiseAsync(tenant, "cpa:meta:916");
        await RaiseAsync(tenant, "cpa:meta:916");
        await RaiseAsync(tenant, "cpa:meta:917");
        await AlertAsync(tenant, a => a.GetProperty("dedupKey").GetString() == "cpa:meta:917" && a.GetProperty("status").GetString() == "delivered");
        await AlertAsync(tenant, a => a.GetProperty("dedupKey").GetString() == "cpa:meta:916" && a.GetProperty("status").GetString() == "delivered");

        var page = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/alerts");
        Assert.Equal(["cpa:meta:917:delivered", "cpa:meta:916:suppressed", "cpa:meta:916:delivered"],
            page.GetProperty("items").EnumerateArray().Select(a => $"{a.GetProperty("dedupKey").GetString()}:{a.GetProperty("status").GetString()}"));
        Assert.Equal(2, Receiver.Count(url));
        var suppressed = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/alerts?status=suppressed&severity=error&kind=rule.fired");
        Assert.Equal(1, suppressed.GetProperty("items").GetArrayLength());
        var paged = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/alerts?limit=2");
        var rest = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/alerts?limit=2&before={paged.GetProperty("next").GetInt64()}");
        Assert.Equal((2, 1, JsonValueKind.Null), (paged.GetProperty("items").GetArrayLength(), rest.GetProperty("items").GetArrayLength(), rest.GetProperty("next").ValueKind));
    }

    [Fact]
    public async Task AnInvalidChannelOrHistoryQueryGetsEveryReasonAndNothingIsStored()
    {
        var tenant = await NewTenantAsync();

        using var response = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/alert-channels",
            new { name = "Ops Team", type = "webhook", url = "ftp://example.com/x", recipients = new[] { "ops@example.com" } });
        using var email = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/alert-channels",
            new { name = "mail", type = "email", recipients = new[] { "ops@example.com", "nope" } });
        using var query = await Api.GetAsync($"api/v1/tenants/{tenant}/alerts?severity=loud&status=lost&ruleId=x&from=yesterday&limit=0&before=-1");

        Assert.Equal(["name", "recipients", "url"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation")));
        Assert.Equal(["recipients[1]"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(email, HttpStatusCode.BadRequest, "validation")));
        Assert.Equal(["before", "from", "limit", "ruleId", "severity", "status"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(query, HttpStatusCode.BadRequest, "validation")));
        Assert.Equal(0, (await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/alert-channels")).GetArrayLength());
    }

    private async Task<(string Id, string? Secret)> CreateAsync(string tenant, object channel)
    {
        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/alert-channels", channel);
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"create answered {(int)created.StatusCode}: {body}");
        var answer = JsonDocument.Parse(body).RootElement;
        var id = answer.GetProperty("channel").GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/tenants/{tenant}/alert-channels/{id}", created.Headers.Location?.ToString());
        return (id, answer.GetProperty("secret").GetString());
    }

    /// <summary>A webhook channel "ops" for warnings and above, with the secret its creation shows.</summary>
    private async Task<(string Id, string Secret)> CreateSignedAsync(string tenant, string url)
    {
        var (id, shown) = await CreateAsync(tenant, new { name = "ops", type = "webhook", url, minSeverity = "warning" });
        return (id, Assert.IsType<string>(shown));
    }

    private async Task<string> RotateAsync(string tenant, string id)
    {
        using var rotated = await Api.PostAsync($"api/v1/tenants/{tenant}/alert-channels/{id}/rotate-secret", null);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        return (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
    }

    private async Task<JsonElement> TestAsync(string tenant, string id)
    {
        using var tested = await Api.PostAsync($"api/v1/tenants/{tenant}/alert-channels/{id}/test", null);
        Assert.Equal(HttpStatusCode.OK, tested.StatusCode);
        return await tested.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task RaiseAsync(string tenant, string dedupKey, Guid? ruleId = null) =>
        fixture.Grains.GetGrain<IAlertRouterGrain>(tenant).RaiseAsync(new Alert(
            "rule.fired", AlertSeverity.Error, "CPA above 40", "CPA 52.10 over the last 3 days", dedupKey, DateTimeOffset.UtcNow,
            RuleId: ruleId, Target: "meta:916", Fields: new Dictionary<string, string> { ["CPA"] = "52.10" }));

    /// <summary>The newest alert that <paramref name="done"/> accepts, polling the history API until one does (30 s at most).</summary>
    private async Task<JsonElement> AlertAsync(string tenant, Func<JsonElement, bool> done)
    {
        var history = await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/alerts"),
            alerts => alerts.GetProperty("items").EnumerateArray().Any(done));
        return history.GetProperty("items").EnumerateArray().FirstOrDefault(done) is { ValueKind: JsonValueKind.Object } found
            ? found
            : throw new TimeoutException($"No such alert within {Eventually.DefaultTimeout.TotalSeconds} s; the history reads {history}\n{fixture.Cluster.Output()}");
    }

    private static List<(int Attempt, string Outcome, int? HttpStatus, DateTimeOffset At)> Attempts(JsonElement alert) =>
    [
        .. alert.GetProperty("attempts").EnumerateArray().Select(a => (
            a.GetProperty("attempt").GetInt32(),
            a.GetProperty("outcome").GetString()!,
            a.GetProperty("httpStatus").ValueKind == JsonValueKind.Number ? a.GetProperty("httpStatus").GetInt32() : (int?)null,
            a.GetProperty("at").GetDateTimeOffset())),
    ];

    private async Task<string> NewTenantAsync()
    {
        var id = TenantJson.UniqueId("alerts");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(id));
        return id;
    }
}
