using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Automation;

/// <summary>Rules acting on live numbers over real HTTP and PostgreSQL: the batch that crosses a threshold, the action, and the history that explains it.</summary>
[Collection(ApiCollection.Name)]
public sealed class LiveRulesApiTests(ApiCluster fixture)
{
    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task TheBatchThatCrossesAThresholdPausesTheCampaign()
    {
        var (tenant, pause, _) = await CrossThresholdAsync();

        var metadata = await Eventually.ReadAsync(async () => (await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:916")).GetProperty("metadata"),
            m => m.GetProperty("status").GetString() == "paused");
        Assert.Equal(("paused", 80m), (metadata.GetProperty("status").GetString(), metadata.GetProperty("dailyBudget").GetDecimal()));

        var automation = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:916/automation");
        Assert.Equal(["stopped"], automation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var pending = Assert.Single(automation.GetProperty("pendingChanges").EnumerateArray());
        Assert.Equal(("status", "active", "paused", pause), (pending.GetProperty("field").GetString(), pending.GetProperty("from").GetString(), pending.GetProperty("to").GetString(), pending.GetProperty("ruleId").GetString()));
    }

    [Fact]
    public async Task TheHistoryAndTheAuditTrailShowWhyTheRuleFired()
    {
        var (tenant, pause, _) = await CrossThresholdAsync();

        var history = await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/automation/history"), h => h.GetProperty("items").GetArrayLength() == 2);
        Assert.Equal(2, history.GetProperty("items").GetArrayLength());
        var fired = Assert.Single((await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/rules/{pause}/history")).GetProperty("items").EnumerateArray());
        Assert.Equal(("fired", false, "meta:916", 1), (fired.GetProperty("kind").GetString(), fired.GetProperty("dryRun").GetBoolean(), fired.GetProperty("target").GetString(), fired.GetProperty("ruleVersion").GetInt32()));
        Assert.Equal(150m, fired.GetProperty("conditions")[0].GetProperty("value").GetDecimal());
        Assert.Equal(["applied", "applied"], fired.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("result").GetString()));

        // The firing's audit entries are written after its history entry.
        var trail = await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audit?action=automation."), a => a.GetProperty("items").GetArrayLength() == 2);
        var audit = trail.GetProperty("items").EnumerateArray()
            .Select(e => (e.GetProperty("action").GetString(), e.GetProperty("actor").GetString(), e.GetProperty("target").GetString(), e.GetProperty("after").GetRawText()))
            .OrderBy(e => e.Item1, StringComparer.Ordinal).ToList();
        var firingId = fired.GetProperty("id").GetString();
        Assert.Equal(
            [
                ("automation.status.changed", $"rule:{pause}", "meta:916", $$"""{"status":"paused","firingId":"{{firingId}}"}"""),
                ("automation.tag.added", $"rule:{pause}", "meta:916", $$"""{"tag":"stopped","firingId":"{{firingId}}"}"""),
            ],
            audit);
    }

    [Fact]
    public async Task ADryRunRuleOnlyRecordsWhatItWouldHaveDone()
    {
        var (tenant, _, trial) = await CrossThresholdAsync();

        await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/automation/history"), h => h.GetProperty("items").GetArrayLength() == 2);
        var dry = Assert.Single((await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/automation/history?dryRun=true&kind=fired")).GetProperty("items").EnumerateArray());
        Assert.Equal((trial, "wouldApply", "80.00", "10.00"), (dry.GetProperty("ruleId").GetString(), dry.GetProperty("actions")[0].GetProperty("result").GetString(),
            dry.GetProperty("actions")[0].GetProperty("from").GetString(), dry.GetProperty("actions")[0].GetProperty("to").GetString()));
    }

    [Fact]
    public async Task ABadHistoryQueryNamesEveryBadValue()
    {
        var tenant = TenantJson.UniqueId("live");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "UTC"));

        using var answer = await Api.GetAsync($"api/v1/tenants/{tenant}/automation/history?kind=sometimes&dryRun=maybe&ruleId=42&limit=0&from=yesterday&before=-1");

        Assert.Equal(["before", "dryRun", "from", "kind", "limit", "ruleId"],
            ProblemJson.ErrorFields(await ProblemJson.ReadAsync(answer, HttpStatusCode.BadRequest, "validation")).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A campaign with a daily budget of 80, a rule that pauses and tags it above 100 spent today and a dry-run
    /// rule that would cut its budget, then a batch at 60 and one at 150 that crosses the threshold.
    /// </summary>
    private async Task<(string Tenant, string Pause, string Trial)> CrossThresholdAsync()
    {
        var tenant = TenantJson.UniqueId("live");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "UTC"));
        var spendAbove100 = new[] { new { metric = "spend", window = "today", comparator = "gt", threshold = 100 } };
        var pause = await CreateRuleAsync(tenant, new { name = "Stop spend", conditions = spendAbove100, actions = new object[] { new { type = "pause" }, new { type = "tag", tag = "stopped" } } });
        var trial = await CreateRuleAsync(tenant, new { name = "Trial cut", conditions = spendAbove100, actions = new[] { new { type = "setBudget", amount = 10 } }, dryRun = true });
        using var budget = await Api.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/meta:916", new { dailyBudget = 80 });
        Assert.Equal(HttpStatusCode.OK, budget.StatusCode);

        await IngestAsync(tenant, spend: 60);
        await IngestAsync(tenant, spend: 150);
        return (tenant, pause, trial);
    }

    private async Task IngestAsync(string tenant, decimal spend)
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var ingested = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new
        {
            items = new[] { new { platform = "meta", campaignId = "916", date = today, impressions = 20_000, clicks = 400, spend, conversions = 3m } },
        });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
    }

    private async Task<string> CreateRuleAsync(string tenant, object rule)
    {
        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules", rule);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
