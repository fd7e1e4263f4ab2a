using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static GrainMarketing.IntegrationTests.Dashboard.Browsing;
using static Microsoft.Playwright.Assertions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The Customers pages against customers' purchases sent through the API: segments, members, a profile, and an analysis run started from the page.</summary>
[Collection(DashboardCollection.Name)]
public sealed class CustomersPageTests(DashboardCluster fixture)
{
    private static readonly Dictionary<string, decimal[]> Purchases = new()
    {
        ["ana"] = [120.5m, 80m, 64.25m],
        ["ben"] = [35m, 12.4m],
        ["cleo"] = [410m, 95m, 30m, 22m],
        ["dev"] = [18m],
        ["eli"] = [57.75m, 43m],
    };

    [Fact]
    public async Task SegmentsMembersAndAProfileShowTheApisNumbersARunStartedHereSucceedsWithTheApisDecisionsAndAViewerCannotStartOne()
    {
        var page = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, page, "cust");
        using var ingest = fixture.Cluster.CreateApiClient();
        ingest.DefaultRequestHeaders.Add("X-Api-Key", await TestAccounts.CreateKeyAsync(api, tenant, "ingest"));
        await CustomerSeeding.PurchasesAsync(ingest, tenant, Purchases);
        var members = await CustomerSeeding.NewCustomersAsync(api, tenant, Purchases.Count);

        await page.GotoAsync($"t/{tenant}/customers");
        await InteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Run now" }).ClickAsync();
        await page.WaitForURLAsync($"**/t/{tenant}/customers/runs/*");
        // The run judges five customers in well under a second; the page polls every second until it ends.
        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("succeeded");
        var runId = page.Url.Split('/')[^1];
        var run = await api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analysis/runs/{runId}");
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        await Expect(page.GetByTestId("kpi-run-customers-value")).ToHaveTextAsync(run.GetProperty("customers").GetInt32().ToString(CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("kpi-run-threshold-value")).ToHaveTextAsync(CustomerSeeding.Money(run.GetProperty("highSpenderThreshold").GetDecimal()));
        var decisions = run.GetProperty("decisions").EnumerateArray().Select(decision => decision.GetProperty("reason").GetString()!).ToList();
        Assert.NotEmpty(decisions);
        await Expect(page.GetByTestId("decision-reason")).ToHaveTextAsync([.. decisions]);
        await Expect(page.GetByTestId("count-new")).ToHaveTextAsync(run.GetProperty("patternCounts").GetProperty("new").GetInt32().ToString(CultureInfo.InvariantCulture));
        await Screenshots.TakeAsync(page, "analysis-run");

        await page.GotoAsync($"t/{tenant}/customers");
        var segments = await Eventually.ReadAsync(() => api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/segments"),
            sizes => sizes.EnumerateArray().Any(s => s.GetProperty("pattern").GetString() == "new" && s.GetProperty("size").GetInt32() == Purchases.Count));
        await page.ReloadAsync();
        foreach (var segment in segments.EnumerateArray())
        {
            await Expect(page.GetByTestId($"size-{segment.GetProperty("pattern").GetString()}")).ToHaveTextAsync(segment.GetProperty("size").GetInt32().ToString(CultureInfo.InvariantCulture));
        }

        await Expect(page.GetByTestId("runs").GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await Screenshots.TakeAsync(page, "customers");

        await page.GetByRole(AriaRole.Link, new() { Name = "New customers" }).ClickAsync();
        await page.WaitForURLAsync($"**/t/{tenant}/customers/segments/new");
        foreach (var member in members.GetProperty("members").EnumerateArray())
        {
            await Expect(page.GetByTestId($"member-spend-{member.GetProperty("userId").GetString()}")).ToHaveTextAsync(CustomerSeeding.Money(member.GetProperty("spend").GetDecimal()));
        }

        await Screenshots.TakeAsync(page, "segment-members");

        await page.GetByRole(AriaRole.Link, new() { Name = "cleo" }).ClickAsync();
        await page.WaitForURLAsync($"**/t/{tenant}/customers/cleo");
        var profile = await api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/users/cleo/profile");
        Assert.Equal(Purchases["cleo"].Sum(), profile.GetProperty("metrics").GetProperty("spend").GetDecimal());
        await Expect(page.GetByTestId("kpi-profile-spend-value")).ToHaveTextAsync(CustomerSeeding.Money(Purchases["cleo"].Sum()));
        await Expect(page.GetByTestId("kpi-profile-purchases-value")).ToHaveTextAsync("4");
        await Screenshots.TakeAsync(page, "customer");

        await ViewerOnAPhoneAsync(tenant, api, runId);
    }

    /// <summary>A viewer at phone width: the same pages with no Run-now button, photographed once their data has arrived.</summary>
    private async Task ViewerOnAPhoneAsync(string tenant, HttpClient admin, string runId)
    {
        var phone = await fixture.NewPageAsync(phone: true);
        await Browsing.SignUpAsMemberAsync(fixture, phone, tenant, "viewer", admin);
        foreach (var (path, name, shown) in new[]
        {
            ($"customers/runs/{runId}", "analysis-run", phone.GetByTestId("decisions")),
            ("customers", "customers", phone.GetByTestId("size-new")),
            ("customers/segments/new", "segment-members", phone.GetByTestId("member-spend-cleo")),
            ("customers/cleo", "customer", phone.GetByTestId("kpi-profile-spend-value")),
        })
        {
            await phone.GotoAsync($"t/{tenant}/{path}");
            await Expect(shown).ToBeVisibleAsync();
            await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Run now" })).ToHaveCountAsync(0);
            await Screenshots.TakeAsync(phone, name);
        }
    }
}
