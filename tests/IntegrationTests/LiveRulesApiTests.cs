using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests;

/// <summary>Rules acting on live numbers over real HTTP and PostgreSQL: the batch that crosses a threshold, the action, and the history that explains it.</summary>
[Collection(ApiCollection.Name)]
public sealed class LiveRulesApiTests(ApiCluster fixture)
{
    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task TheBatchThatCrossesAThresholdPausesTheCampaignAndHistoryShowsWhyWhileADryRunOnlyRecords()
    {
        var tenant = TenantJson.UniqueId("live");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));
        var spendAbove100 = new[] { new { metric = "spend", window = "today", comparator = "gt", threshold = 100 } };
        var pause = await CreateRuleAsync(tenant, new { name = "Stop spend", conditions = spendAbove100, actions = new object[] { new { type = "pause" }, new { type = "tag", tag = "stopped" } } });
        var trial = await CreateRuleAsync(tenant, new { name = "Trial cut", conditions = spendAbove100, actions = new[] { new { type = "setBudget", amount = 10 } }, dryRun = true });
        using var budget = await Api.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/meta:916", new { dailyBudget = 80 });
        Assert.Equal(HttpStatusCode.OK, budget.StatusCode);

        await IngestAsync(tenant, spend: 60);
        await IngestAsync(tenant, spend: 150);

        var metadata = await EventuallyAsync(async () => (await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:916")).GetProperty("metadata"),
            m => m.GetProperty("status").GetString() == "paused");
        Assert.Equal(("paused", 80m), (metadata.GetProperty("status").GetString(), metadata.GetProperty("dailyBudget").GetDecimal()));

        var history = await EventuallyAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/automation/history"), h => h.GetProperty("items").GetArrayLength() == 2);
        Assert.Equal(2, history.GetProperty("items").GetArrayLength());
        var fired = Assert.Single((await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/rules/{pause}/history")).GetProperty("items").EnumerateArray());
        Assert.Equal(("fired", false, "meta:916", 1), (fired.GetProperty("kind").GetString(), fired.GetProperty("dryRun").GetBoolean(), fired.GetProperty("target").GetString(), fired.GetProperty("ruleVersion").GetInt32()));
        Assert.Equal(150m, fired.GetProperty("conditions")[0].GetProperty("value").GetDecimal());
        Assert.Equal(["applied", "applied"], fired.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("result").GetString()));

        var dry = Assert.Single((await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/automation/history?dryRun=true&kind=fired")).GetProperty("items").EnumerateArray());
        Assert.Equal((trial, "wouldApply", "80.00", "10.00"), (dry.GetProperty("ruleId").GetString(), dry.GetProperty("actions")[0].GetProperty("result").GetString(),
            dry.GetProperty("actions")[0].GetProperty("from").GetString(), dry.GetProperty("actions")[0].GetProperty("to").GetString()));

        var automation = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:916/automation");
        Assert.Equal(["stopped"], automation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var pending = Assert.Single(automation.GetProperty("pendingChanges").EnumerateArray());
        Assert.Equal(("status", "active", "paused", pause), (pending.GetProperty("field").GetString(), pending.GetProperty("from").GetString(), pending.GetProperty("to").GetString(), pending.GetProperty("ruleId").GetString()));

        var audit = (await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audit?action=automation.")).GetProperty("items").EnumerateArray()
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
    public async Task ABadHistoryQueryNamesEveryBadValue()
    {
        var tenant = TenantJson.UniqueId("live");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));

        using var answer = await Api.GetAsync($"api/v1/tenants/{tenant}/automation/history?kind=sometimes&dryRun=maybe&ruleId=42&limit=0&from=yesterday&before=-1");

        Assert.Equal(["before", "dryRun", "from", "kind", "limit", "ruleId"],
            TenantApiTests.ErrorFields(await TenantApiTests.ProblemAsync(answer, HttpStatusCode.BadRequest, "validation")).Order(StringComparer.Ordinal));
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

    internal static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await read();
        }

        return value;
    }
}
