using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static GrainMarketing.IntegrationTests.Dashboard.Browsing;
using static Microsoft.Playwright.Assertions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>A marketer's first minutes in the dashboard, in a real browser against the real processes.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardFlowTests(DashboardCluster fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task SignUpCreateATenantAndAKeyThenIngestedNumbersAppearLiveAndTheHeatmapMatchesTheApi()
    {
        var page = await fixture.NewPageAsync();
        var email = TestAccounts.NewEmail("ui");
        await SignUpAsync(page, email);
        var tenant = TenantJson.UniqueId("ui");
        await InteractiveAsync(page);
        await page.GetByLabel("Id (in every URL)").FillAsync(tenant);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("UI shop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create tenant" }).ClickAsync();
        await page.WaitForURLAsync($"**/t/{tenant}/overview");

        await page.GotoAsync($"t/{tenant}/settings/keys");
        await InteractiveAsync(page);
        await page.GetByLabel("What it is for").FillAsync("ui ingest");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var key = (await page.GetByTestId("created-key").InnerTextAsync()).Trim();
        await Screenshots.TakeAsync(page, "keys");

        // Whether the KPI cards, once shown, ever leave the page: the interactive Overview takes over the prerendered one.
        await page.AddInitScriptAsync("""
            window.__kpisLeft = false;
            new MutationObserver(() => {
              const shown = document.querySelector('[data-testid="kpi-spend"]') !== null;
              window.__kpisLeft ||= window.__kpisShown === true && !shown;
              window.__kpisShown ||= shown;
            }).observe(document, { subtree: true, childList: true });
            """);
        await page.GotoAsync($"t/{tenant}/overview");
        await Expect(page.GetByTestId("live-state")).ToContainTextAsync("updated");
        Assert.False(await page.EvaluateAsync<bool>("() => window.__kpisLeft"), "the KPI cards blinked out while the Overview became interactive");
        await Expect(page.GetByTestId("live-spend")).ToHaveTextAsync("0.00 EUR");
        using var ingest = fixture.Cluster.CreateApiClient();
        ingest.DefaultRequestHeaders.Add("X-Api-Key", key);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        using var sent = await ingest.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new
        {
            items = new object[]
            {
                new { platform = "meta", campaignId = "916", date = today, age = "25-34", gender = "female", impressions = 4000, clicks = 90, spend = 100.25m, conversions = 4m, conversionValue = 410m },
                new { platform = "meta", campaignId = "916", date = today, age = "35-44", gender = "male", impressions = 1500, clicks = 20, spend = 23.2m, conversions = 1m, conversionValue = 55m },
            },
        });
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        // Checked every animation frame: Expect's polling backs off to a second between looks and would add up to that to the figure.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=live-spend]')?.textContent === '123.45 EUR'", null, new() { Timeout = 30_000 });
        var shownAfter = clock.ElapsedMilliseconds;
        output.WriteLine($"ingest to the Overview's live numbers: {shownAfter} ms");
        // The rankings follow the feed too: the campaign that changed appears among the best and worst without a reload.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "meta:916" })).ToHaveCountAsync(2);
        await Screenshots.TakeAsync(page, "overview");
        // A second change, with the campaign, its tenant's rollup and the feed already awake: the steady state a marketer watches.
        clock.Restart();
        using var more = await ingest.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new
        {
            items = new object[] { new { platform = "meta", campaignId = "916", date = today, age = "45-54", gender = "female", impressions = 300, clicks = 5, spend = 10m, conversions = 0m, conversionValue = 0m } },
        });
        Assert.Equal(HttpStatusCode.Accepted, more.StatusCode);
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=live-spend]')?.textContent === '133.45 EUR'", null, new() { Timeout = 30_000 });
        var updatedAfter = clock.ElapsedMilliseconds;
        output.WriteLine($"ingest to the Overview's live numbers, second change: {updatedAfter} ms");

        await page.GotoAsync($"t/{tenant}/campaigns");
        var campaignLink = page.GetByRole(AriaRole.Link, new() { Name = "meta:916" });
        await Expect(campaignLink).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "campaigns");
        // The name filter goes through the API and into the URL, so the filtered list can be bookmarked.
        await InteractiveAsync(page);
        await page.GetByLabel("Name contains").FillAsync("no such campaign");
        await Expect(campaignLink).ToHaveCountAsync(0);
        await page.WaitForURLAsync("**name=no*");
        await page.GetByLabel("Name contains").FillAsync("916");
        await Expect(campaignLink).ToBeVisibleAsync();
        await campaignLink.ClickAsync();
        await page.WaitForURLAsync($"**/t/{tenant}/campaigns/meta%3A916");
        var breakdown = await BreakdownAsync(email, tenant, "meta:916");
        Assert.Equal(3, breakdown.Count);
        foreach (var (cell, spend) in breakdown)
        {
            await Expect(page.GetByTestId("cell-" + cell)).ToHaveTextAsync(spend.ToString("N2", CultureInfo.InvariantCulture));
        }

        await Screenshots.TakeAsync(page, "campaign");
        await PhoneWidthAsync(email, tenant);
        // The path: the journal's delivery (Postgres profile), the campaign's flush to the rollup (50 ms after a first change,
        // FlushSchedule), the rollup telling the API host (ChangeWatchers), the feed's next update (at least 250 ms after the
        // last, LiveWake) and the circuit's render. The 2 s is measured on a quiet machine by the bench's dashboard
        // phase (docs/benchmarks.md); here, a fresh tenant's first numbers beside the rest of the suite on 2 cores took
        // 1.2 to 2.7 s in runs by hand (grain activations and the campaign's first registration included), so 5 s is allowed
        // for it; a change once everything is awake is held to the 2 s.
        Assert.True(shownAfter < 5_000, $"the Overview showed the ingested spend {shownAfter} ms after the API accepted it (5 s allowed)");
        Assert.True(updatedAfter < 2_000, $"the Overview showed the second change {updatedAfter} ms after the API accepted it (2 s allowed)");
    }

    /// <summary>The same pages on a phone, signed in through the sign-in page.</summary>
    private async Task PhoneWidthAsync(string email, string tenant)
    {
        var phone = await fixture.NewPageAsync(phone: true);
        await phone.GotoAsync($"t/{tenant}/overview");
        await phone.WaitForURLAsync("**/signin?*");
        await Screenshots.TakeAsync(phone, "signin");
        await phone.GetByLabel("Email").FillAsync(email);
        await phone.GetByLabel("Password").FillAsync(Password);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await phone.WaitForURLAsync($"**/t/{tenant}/overview");
        await Expect(phone.GetByTestId("live-spend")).ToHaveTextAsync("133.45 EUR");
        await Screenshots.TakeAsync(phone, "overview");
        // Each page is photographed once what it shows has arrived.
        foreach (var (path, name, shown) in new[]
        {
            ("campaigns", "campaigns", phone.GetByRole(AriaRole.Link, new() { Name = "meta:916" })),
            ("campaigns/meta%3A916", "campaign", phone.GetByTestId("cell-25-34|female")),
            ("settings/keys", "keys", phone.GetByRole(AriaRole.Cell, new() { Name = "ui ingest" })),
        })
        {
            await phone.GotoAsync($"t/{tenant}/{path}");
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await Expect(shown).ToBeVisibleAsync();
            await Screenshots.TakeAsync(phone, name);
        }
    }

    [Fact]
    public async Task AMemberOfAnotherTenantGetsTheNotFoundPageForThisTenantsUrls()
    {
        var tenant = TenantJson.UniqueId("ui-own");
        await TenantJson.CreateAsync(fixture.Api, TenantJson.NewTenant(tenant));
        var page = await fixture.NewPageAsync();
        await SignUpAsync(page, TestAccounts.NewEmail("stranger"));

        foreach (var path in new[] { "overview", "campaigns/meta%3A916", "settings/keys" })
        {
            await page.GotoAsync($"t/{tenant}/{path}");
            await Expect(page.Locator("#not-found")).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task AViewerIsToldOnlyAdminsManageKeysAndSeesNoButtonToCreateOrRevokeThem()
    {
        var tenant = TenantJson.UniqueId("ui-view");
        await TenantJson.CreateAsync(fixture.Api, TenantJson.NewTenant(tenant));
        await TestAccounts.CreateKeyAsync(fixture.Api, tenant, "ingest");
        var page = await fixture.NewPageAsync();
        await SignUpAsMemberAsync(fixture, page, tenant, "viewer");

        // Whether the notice, once shown, ever leaves the page: the interactive page takes over the prerendered one.
        await page.AddInitScriptAsync("""
            window.__noticeLeft = false;
            new MutationObserver(() => {
              const shown = document.querySelector('[data-testid="keys-admins-only"]') !== null;
              window.__noticeLeft ||= window.__noticeShown === true && !shown;
              window.__noticeShown ||= shown;
            }).observe(document, { subtree: true, childList: true });
            """);
        await page.GotoAsync($"t/{tenant}/settings/keys");
        await InteractiveAsync(page);

        await Expect(page.GetByTestId("keys-admins-only")).ToContainTextAsync("your role here is Viewer");
        Assert.False(await page.EvaluateAsync<bool>("() => window.__noticeLeft"), "the notice blinked out while the page became interactive");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Create key" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Revoke" })).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "keys-viewer");
    }

    /// <summary>The API's own answer for the heatmap, read as the same person.</summary>
    private async Task<IReadOnlyList<(string Cell, decimal Spend)>> BreakdownAsync(string email, string tenant, string campaign)
    {
        using var api = fixture.Cluster.CreateApiClient();
        api.WithBearer(await TestAccounts.SignInAsync(api, email, Password));
        var body = await api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/{campaign}/breakdown?by=age,gender&window=7d");
        return [.. body.GetProperty("rows").EnumerateArray().Select(row => (row.GetProperty("key").GetString()!, row.GetProperty("totals").GetProperty("spend").GetDecimal()))];
    }
}
