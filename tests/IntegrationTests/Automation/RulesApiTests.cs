using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Automation;

/// <summary>Automation rules over real HTTP: JSON as authors write it, versions, lost-update protection, templates and the audit trail.</summary>
[Collection(ApiCollection.Name)]
public sealed class RulesApiTests(ApiCluster fixture)
{
    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task ARuleIsCreatedReadChangedAsANewVersionAndDeletedWithEachStepAudited()
    {
        var tenant = await NewTenantAsync();
        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules", new
        {
            name = "Pause expensive",
            scope = new { level = "campaign", platforms = new[] { "meta" } },
            match = "all",
            conditions = new[] { new { metric = "cpa", window = "3d", comparator = "gt", threshold = 40, confidence = 0.95 } },
            guards = new { minSpend = 100 },
            actions = new object[] { new { type = "pause" }, new { type = "scaleBudget", percent = -20, min = 10 } },
            cooldown = "12h",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var rule = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = rule.GetProperty("id").GetString();
        Assert.Equal($"/api/v1/tenants/{tenant}/rules/{id}", created.Headers.Location?.ToString());
        Assert.Equal("gt", rule.GetProperty("definition").GetProperty("conditions")[0].GetProperty("comparator").GetString());
        Assert.Equal("scaleBudget", rule.GetProperty("definition").GetProperty("actions")[1].GetProperty("type").GetString());

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"api/v1/tenants/{tenant}/rules/{id}")
        {
            Content = JsonContent.Create(new { name = "Pause very expensive", conditions = new[] { new { metric = "cpa", window = "7d", comparator = "gte", threshold = 60 } }, actions = new[] { new { type = "pause" } } }),
        };
        stale.Headers.IfMatch.ParseAdd("\"2\"");
        await ProblemJson.ReadAsync(await Api.SendAsync(stale), HttpStatusCode.Conflict, "conflict");
        using var update = new HttpRequestMessage(HttpMethod.Put, $"api/v1/tenants/{tenant}/rules/{id}") { Content = stale.Content };
        update.Headers.IfMatch.ParseAdd("\"1\"");
        using var updated = await Api.SendAsync(update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(2, (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());

        var first = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/rules/{id}/versions/1");
        Assert.Equal("Pause expensive", first.GetProperty("definition").GetProperty("name").GetString());
        Assert.Single((await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/rules")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NoContent, (await Api.DeleteAsync($"api/v1/tenants/{tenant}/rules/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"api/v1/tenants/{tenant}/rules/{id}")).StatusCode);

        var trail = await fixture.Cluster.QueryScalarAsync<string>(
            $"SELECT string_agg(action || ':' || coalesce(before->'definition'->>'name', '-') || '>' || coalesce(after->'definition'->>'name', '-'), ',' ORDER BY id) FROM audit_log WHERE tenant = '{tenant}' AND action LIKE 'rule.%'");
        Assert.Equal("rule.created:->Pause expensive,rule.updated:Pause expensive>Pause very expensive,rule.deleted:Pause very expensive>-", trail);
    }

    [Fact]
    public async Task AnInvalidRuleGetsEveryReasonAndNothingIsStored()
    {
        var tenant = await NewTenantAsync();
        using var response = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules", new
        {
            name = "",
            conditions = new object[] { new { metric = "spend", window = "5d", comparator = "gt", threshold = 1, confidence = 0.9 } },
            actions = new object[] { new { type = "notify" } },
        });

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["actions[0].channels", "actions[0].severity", "conditions[0].confidence", "conditions[0].window", "name"], ProblemJson.ErrorFields(problem));
        using var unknownMetric = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules", new
        {
            name = "x",
            conditions = new object[] { new { metric = "vibes", window = "7d", comparator = "gt", threshold = 1 } },
            actions = new object[] { new { type = "pause" } },
        });
        await ProblemJson.ReadAsync(unknownMetric, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(0, (await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/rules")).GetArrayLength());
    }

    [Fact]
    public async Task ATemplateBecomesARuleFromItsParameters()
    {
        var tenant = await NewTenantAsync();
        var templates = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/rules/templates");
        Assert.Equal(5, templates.GetArrayLength());

        using var missing = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules/templates/scale-winners", new { threshold = 3 });
        Assert.Equal(["maxBudget"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(missing, HttpStatusCode.BadRequest, "validation")));
        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules/templates/scale-winners", new { threshold = 3, maxBudget = 500 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var action = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("definition").GetProperty("actions")[0];
        Assert.Equal(("scaleBudget", 20m, 500m), (action.GetProperty("type").GetString(), action.GetProperty("percent").GetDecimal(), action.GetProperty("max").GetDecimal()));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules/templates/get-rich", new { })).StatusCode);
    }

    [Fact]
    public async Task APreviewJudgesTheRuleOnACampaignsLiveNumbersWithItsEvidence()
    {
        var tenant = await NewTenantAsync();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var ingested = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new
        {
            items = new[] { new { platform = "meta", campaignId = "916", date = today, impressions = 20_000, clicks = 400, spend = 500m, conversions = 10m, conversionValue = 900m } },
        });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
        var plain = await CreateRuleAsync(tenant, new { metric = "cpa", window = "3d", comparator = "gt", threshold = 40 });
        var confident = await CreateRuleAsync(tenant, new { metric = "cpa", window = "3d", comparator = "gt", threshold = 40, confidence = 0.95 });
        var elsewhere = await CreateRuleAsync(tenant, new { metric = "cpa", window = "3d", comparator = "gt", threshold = 40 }, new { platforms = new[] { "google" } });

        var preview = await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/rules/{plain}/preview?target=meta:916"),
            answer => answer.GetProperty("conditions")[0].GetProperty("value").ValueKind == JsonValueKind.Number);

        Assert.True(preview.GetProperty("holds").GetBoolean());
        Assert.True(preview.GetProperty("inScope").GetBoolean());
        Assert.Equal(50m, preview.GetProperty("conditions")[0].GetProperty("value").GetDecimal());
        var outside = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/rules/{elsewhere}/preview?target=meta:916");
        Assert.Equal((false, false, true), (outside.GetProperty("inScope").GetBoolean(), outside.GetProperty("holds").GetBoolean(),
            outside.GetProperty("conditions")[0].GetProperty("holds").GetBoolean()));
        var doubtful = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/rules/{confident}/preview?target=meta:916");
        Assert.False(doubtful.GetProperty("holds").GetBoolean());
        Assert.InRange(doubtful.GetProperty("conditions")[0].GetProperty("probability").GetDouble(), 0.5, 0.95);
        using var missing = await Api.GetAsync($"api/v1/tenants/{tenant}/rules/{plain}/preview");
        Assert.Equal(["target"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(missing, HttpStatusCode.BadRequest, "validation")));
    }

    [Fact]
    public async Task ACreativeRuleIsPreviewedOnOneCreativeOfACampaign()
    {
        var tenant = await NewTenantAsync();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var ingested = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new
        {
            items = new[]
            {
                new { platform = "meta", campaignId = "916", adId = "77", date = today, impressions = 20_000, clicks = 100, spend = 300m },
                new { platform = "meta", campaignId = "916", adId = "78", date = today, impressions = 20_000, clicks = 900, spend = 300m },
            },
        });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules", new
        {
            name = "Weak creatives",
            scope = new { level = "creative", creativeIds = new[] { "77" } },
            conditions = new[] { new { metric = "ctr", window = "7d", comparator = "lt", threshold = 0.01 } },
            actions = new[] { new { type = "tag", tag = "weak" } },
            dryRun = true,
        });
        var rule = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var weak = await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/rules/{rule}/preview?target=meta:916/creative/77"),
            answer => answer.ValueKind == JsonValueKind.Object);

        var strong = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/rules/{rule}/preview?target=meta:916/creative/78");
        Assert.Equal(("meta:916/creative/77", true, true, 0.005m), (weak.GetProperty("target").GetString(), weak.GetProperty("inScope").GetBoolean(),
            weak.GetProperty("holds").GetBoolean(), weak.GetProperty("conditions")[0].GetProperty("value").GetDecimal()));
        Assert.Equal((false, false, 0.045m), (strong.GetProperty("inScope").GetBoolean(), strong.GetProperty("holds").GetBoolean(), strong.GetProperty("conditions")[0].GetProperty("value").GetDecimal()));
        using var wrongLevel = await Api.GetAsync($"api/v1/tenants/{tenant}/rules/{rule}/preview?target=meta:916");
        Assert.Equal(["target"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(wrongLevel, HttpStatusCode.BadRequest, "validation")));
    }

    [Fact]
    public async Task ANotifyActionMustNameChannelsThatExist()
    {
        var tenant = await NewTenantAsync();
        using var channel = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/alert-channels", new { name = "ops", type = "email", recipients = new[] { "ops@example.com" } });
        Assert.Equal(HttpStatusCode.Created, channel.StatusCode);
        var channelId = (await channel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("channel").GetProperty("id").GetString();
        var conditions = new[] { new { metric = "spend", window = "today", comparator = "gt", threshold = 100 } };

        using var refused = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules", new
        {
            name = "Tell someone",
            conditions,
            actions = new object[] { new { type = "pause" }, new { type = "notify", channels = new[] { "ops", "pager" }, severity = "error" } },
        });
        using var byId = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules", new
        {
            name = "Tell ops",
            conditions,
            actions = new[] { new { type = "notify", channels = new[] { "ops", channelId }, severity = "error" } },
        });

        Assert.Equal(["actions[1].channels[1]"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(refused, HttpStatusCode.BadRequest, "validation")));
        Assert.Equal(HttpStatusCode.Created, byId.StatusCode);
        Assert.Single((await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/rules")).EnumerateArray());
    }

    private async Task<string> CreateRuleAsync(string tenant, object condition, object? scope = null)
    {
        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules", new { name = "cpa", scope, conditions = new[] { condition }, actions = new[] { new { type = "pause" } } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<string> NewTenantAsync()
    {
        var id = TenantJson.UniqueId("rules");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(id));
        return id;
    }
}
