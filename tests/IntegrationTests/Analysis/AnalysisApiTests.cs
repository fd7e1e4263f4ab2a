using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Profiles;
using Npgsql;

namespace GrainMarketing.IntegrationTests.Analysis;

/// <summary>The analysis routes over real HTTP against the Postgres profile: settings read and replaced, runs started and read back.</summary>
[Collection(ApiCollection.Name)]
public sealed class AnalysisApiTests(ApiCluster fixture)
{
    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task RunNowAnswersTheRunningRunWhichSucceedsOverTheTenantsCustomersAndIsListedNewestFirst()
    {
        var tenant = TenantJson.UniqueId("analysis");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));
        await SeedAsync(tenant, 100, 200, 300, 400, 500);
        // Campaigns off: this run judges customers only.
        var settings = await Api.GetFromJsonAsync<JsonObject>($"api/v1/tenants/{tenant}/analysis/settings");
        foreach (var campaign in settings!["campaigns"]!.AsArray())
        {
            campaign!["enabled"] = false;
        }

        (await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/analysis/settings", settings)).EnsureSuccessStatusCode();

        using var started = await Api.PostAsync($"api/v1/tenants/{tenant}/analysis/run-now", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var run = await started.Content.ReadFromJsonAsync<JsonElement>();
        var id = run.GetProperty("id").GetString();
        Assert.Equal($"/api/v1/tenants/{tenant}/analysis/runs/{id}", started.Headers.Location?.OriginalString);
        Assert.Equal(("running", "manual"), (run.GetProperty("status").GetString(), run.GetProperty("trigger").GetString()));

        var finished = await FinishedAsync(started.Headers.Location!.OriginalString.TrimStart('/'));
        Assert.Equal("succeeded", finished.GetProperty("status").GetString());
        // Five spenders: the top 20% is one customer, the highest (500).
        Assert.Equal((5, 500m, 1), (finished.GetProperty("customers").GetInt32(), finished.GetProperty("highSpenderThreshold").GetDecimal(), finished.GetProperty("refreshed").GetInt32()));
        Assert.Equal(1, finished.GetProperty("patternCounts").GetProperty("highSpender").GetInt32());
        Assert.Equal([100.0, 200, 300, 400], finished.GetProperty("rfm").GetProperty("monetary").EnumerateArray().Select(cut => cut.GetDouble()));
        Assert.All(finished.GetProperty("decisions").EnumerateArray(), decision => Assert.Equal("Disabled in the tenant's behaviour settings.", decision.GetProperty("reason").GetString()));

        using var again = await Api.PostAsync($"api/v1/tenants/{tenant}/analysis/run-now", null);
        var second = (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await FinishedAsync($"api/v1/tenants/{tenant}/analysis/runs/{second}");
        var newest = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analysis/runs?limit=1");
        Assert.Equal([second], newest.EnumerateArray().Select(listed => listed.GetProperty("id").GetString()));
        var all = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analysis/runs");
        Assert.Equal([second, id], all.EnumerateArray().Select(listed => listed.GetProperty("id").GetString()));

        using var badLimit = await Api.GetAsync($"api/v1/tenants/{tenant}/analysis/runs?limit=0");
        Assert.Equal(["limit"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(badLimit, HttpStatusCode.BadRequest, "validation")));
        using var missing = await Api.GetAsync($"api/v1/tenants/{tenant}/analysis/runs/{Guid.NewGuid()}");
        await ProblemJson.ReadAsync(missing, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task SettingsReadAsTheDefaultsAndAreReplacedWholeOrRefusedNamingEveryBadField()
    {
        var tenant = TenantJson.UniqueId("settings");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));

        var defaults = await Api.GetFromJsonAsync<JsonObject>($"api/v1/tenants/{tenant}/analysis/settings");
        Assert.Equal((0.2, 0.1, 8), ((double)defaults!["patterns"]!["highSpenderTopShare"]!, (double)defaults["holdoutShare"]!, defaults["campaigns"]!.AsArray().Count));
        Assert.Equal(("vipRewards", "cashback"), ((string?)defaults["campaigns"]![0]!["type"], (string?)defaults["campaigns"]![0]!["offer"]!["kind"]));

        // What GET answers is accepted back as it is.
        using var same = await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/analysis/settings", defaults);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);

        var changed = defaults.DeepClone().AsObject();
        changed["holdoutShare"] = 0.2;
        changed["patterns"]!["highSpenderTopShare"] = 0.1;
        changed["campaigns"]![0]!["durationDays"] = 45;
        using var replaced = await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/analysis/settings", changed);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var read = await Api.GetFromJsonAsync<JsonObject>($"api/v1/tenants/{tenant}/analysis/settings");
        Assert.Equal((0.2, 0.1, 45), ((double)read!["holdoutShare"]!, (double)read["patterns"]!["highSpenderTopShare"]!, (int)read["campaigns"]![0]!["durationDays"]!));

        var bad = changed.DeepClone().AsObject();
        bad["holdoutShare"] = 0.9;
        bad["patterns"]!["weekendShare"] = 1.5;
        bad["campaigns"]![1]!["offer"]!["value"] = 0;
        bad["campaigns"]![2]!["type"] = "vipRewards";
        using var refused = await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/analysis/settings", bad);
        Assert.Equal(["campaigns[1].offer.value", "campaigns[2].type", "holdoutShare", "patterns.weekendShare"],
            ProblemJson.ErrorFields(await ProblemJson.ReadAsync(refused, HttpStatusCode.BadRequest, "validation")));

        var unknown = changed.DeepClone().AsObject();
        unknown["lookback"] = 30;
        using var refusedUnknown = await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/analysis/settings", unknown);
        Assert.Equal(["lookback"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(refusedUnknown, HttpStatusCode.BadRequest, "validation")));

        using var empty = await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/analysis/settings", new { });
        Assert.Equal(["campaigns", "patterns", "risingSpendRatio"],
            ProblemJson.ErrorFields(await ProblemJson.ReadAsync(empty, HttpStatusCode.BadRequest, "validation")));

        var kept = await Api.GetFromJsonAsync<JsonObject>($"api/v1/tenants/{tenant}/analysis/settings");
        Assert.Equal(0.2, (double)kept!["holdoutShare"]!);
    }

    private Task<JsonElement> FinishedAsync(string location) =>
        Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>(location), run => run.GetProperty("status").GetString() != "running");

    private async Task SeedAsync(string tenant, params decimal[] spends)
    {
        var now = DateTimeOffset.UtcNow;
        await using var data = NpgsqlDataSource.Create(fixture.Cluster.ConnectionString);
        await SeededCustomers.InsertAsync(data, [.. spends.Select((spend, i) =>
            new CustomerRow(tenant, $"u{i}", 0, spend, i + 1, spend / 2, spend / 2, now.AddDays(-60), now.AddDays(-i), null, null, now))]);
    }
}
