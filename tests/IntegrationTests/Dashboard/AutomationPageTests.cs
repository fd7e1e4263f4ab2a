using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static GrainMarketing.IntegrationTests.Dashboard.Browsing;
using static Microsoft.Playwright.Assertions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The Automation pages in a real browser: the rule editor against the API's validation, a rule firing on ingested numbers, and what viewers see.</summary>
[Collection(DashboardCollection.Name)]
public sealed class AutomationPageTests(DashboardCluster fixture)
{
    private const string NegativeThreshold = "Must not be negative: no sum or KPI is.";

    [Fact]
    public async Task ARuleWithAnInvalidFieldShowsTheApisMessageThereAndOnceFixedFiresOnIngestedNumbers()
    {
        var tenant = TenantJson.UniqueId("ui-auto");
        await TenantJson.CreateAsync(fixture.Api, TenantJson.NewTenant(tenant, zone: "UTC"));
        var key = await TestAccounts.CreateKeyAsync(fixture.Api, tenant, "ingest");
        await IngestAsync(key, tenant, spend: 40);
        var page = await fixture.NewPageAsync();
        await SignUpAsMemberAsync(fixture, page, tenant, "admin");

        await page.GotoAsync($"t/{tenant}/automation");
        await InteractiveAsync(page);
        await Expect(page.GetByTestId("rules")).ToContainTextAsync("No rules yet");
        await page.GetByRole(AriaRole.Link, new() { Name = "New rule" }).ClickAsync();
        await page.WaitForURLAsync($"**/t/{tenant}/automation/rules/new");
        await InteractiveAsync(page);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Stop overspend");
        await page.GetByLabel("Threshold").FillAsync("-100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create rule" }).ClickAsync();

        // The API names conditions[0].threshold: its message shows under that input, and nowhere else.
        var threshold = page.Locator(".mud-input-control").Filter(new() { Has = page.GetByLabel("Threshold") });
        await Expect(threshold).ToContainTextAsync(NegativeThreshold);
        await Expect(page.GetByText(NegativeThreshold)).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("rule-refused")).ToContainTextAsync("1 field needs a change");
        await Screenshots.TakeAsync(page, "automation-editor");

        await page.GetByLabel("Threshold").FillAsync("100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create rule" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/t/{tenant}/automation/rules/[0-9a-f-]{{36}}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Stop overspend");
        await Expect(page.GetByTestId("history-empty")).ToBeVisibleAsync();

        await IngestAsync(key, tenant, spend: 150);
        // The campaign judges its rules when it flushes the batch (about a second), and the history panel reads every 3 s.
        var firing = page.GetByTestId("firing");
        await Expect(firing).ToContainTextAsync("fired", new() { Timeout = 30_000 });
        await Expect(firing).ToContainTextAsync("meta:916");
        await Expect(firing).ToContainTextAsync("value 150.00 EUR");
        await Expect(firing).ToContainTextAsync("pause: applied active → paused");

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.GetByTestId("preview-holds")).ToHaveTextAsync("would fire now");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run backtest" }).ClickAsync();
        await Expect(page.GetByTestId("kpi-backtest-firings-value")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("backtest-chart")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "automation-backtest");

        await page.GotoAsync($"t/{tenant}/automation");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Stop overspend" });
        await Expect(row).ToContainTextAsync("Spend today > 100");
        await Expect(row).ToContainTextAsync("on meta:916");
        await Screenshots.TakeAsync(page, "automation");
        await PhoneWidthAsync(tenant);
    }

    /// <summary>An editor on a phone: the list, the editor with a field's message, and a backtest.</summary>
    private async Task PhoneWidthAsync(string tenant)
    {
        var phone = await fixture.NewPageAsync(phone: true);
        await SignUpAsMemberAsync(fixture, phone, tenant, "editor");
        await phone.GotoAsync($"t/{tenant}/automation");
        await Expect(phone.GetByRole(AriaRole.Link, new() { Name = "Stop overspend" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(phone, "automation");

        await phone.GotoAsync($"t/{tenant}/automation/rules/new");
        await InteractiveAsync(phone);
        await phone.GetByLabel("Name", new() { Exact = true }).FillAsync("Phone rule");
        await phone.GetByLabel("Threshold").FillAsync("-1");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Create rule" }).ClickAsync();
        await Expect(phone.Locator(".mud-input-control").Filter(new() { Has = phone.GetByLabel("Threshold") })).ToContainTextAsync(NegativeThreshold);
        await Screenshots.TakeAsync(phone, "automation-editor");

        await phone.GotoAsync($"t/{tenant}/automation");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Stop overspend" }).ClickAsync();
        await InteractiveAsync(phone);
        await Expect(phone.GetByTestId("firing")).ToBeVisibleAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Run backtest" }).ClickAsync();
        await Expect(phone.GetByTestId("backtest-chart")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(phone, "automation-backtest");
    }

    [Fact]
    public async Task ATemplateAsksForItsParametersNamesAMissingOneAndOpensTheRuleItMade()
    {
        var tenant = TenantJson.UniqueId("ui-auto-tpl");
        await TenantJson.CreateAsync(fixture.Api, TenantJson.NewTenant(tenant));
        var page = await fixture.NewPageAsync();
        await SignUpAsMemberAsync(fixture, page, tenant, "editor");

        await page.GotoAsync($"t/{tenant}/automation");
        await InteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "From a template" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem).Filter(new() { HasText = "Pause poor performers" }).ClickAsync();
        await page.WaitForURLAsync("**/automation/rules/new?template=pause-poor-performers");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "From the template “Pause poor performers”" })).ToBeVisibleAsync();

        await page.GetByLabel("Threshold (required)").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create rule" }).ClickAsync();
        // The API's message sits under the field it names, and only there.
        var missing = page.GetByText("Required by the pause-poor-performers template.");
        await Expect(missing).ToHaveCountAsync(1);
        await Expect(page.Locator(".mud-input-control", new() { Has = page.GetByLabel("Minimum spend (required)") })).ToContainTextAsync("Required by the");

        await page.GetByLabel("Minimum spend (required)").FillAsync("100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create rule" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/automation/rules/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("rule-summary")).ToContainTextAsync("CPA");
        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var stored = await fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/rules/{id}");
        Assert.Equal(30m, stored.GetProperty("definition").GetProperty("conditions")[0].GetProperty("threshold").GetDecimal());
    }

    [Fact]
    public async Task AViewerSeesTheRulesButNoButtonToCreateChangeOrDeleteThem()
    {
        var tenant = TenantJson.UniqueId("ui-auto-view");
        await TenantJson.CreateAsync(fixture.Api, TenantJson.NewTenant(tenant));
        using var created = await fixture.Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules", new
        {
            name = "Watch CPA",
            conditions = new[] { new { metric = "cpa", window = "3d", comparator = "gt", threshold = 40 } },
            actions = new[] { new { type = "tag", tag = "expensive" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var page = await fixture.NewPageAsync();
        await SignUpAsMemberAsync(fixture, page, tenant, "viewer");

        await page.GotoAsync($"t/{tenant}/automation");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Watch CPA" })).ToContainTextAsync("CPA over 3d > 40");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "New rule" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "From a template" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Watch CPA" }).ClickAsync();
        await page.WaitForURLAsync($"**/automation/rules/{id}");
        await Expect(page.GetByTestId("rules-read-only")).ToContainTextAsync("Your role here is Viewer");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save rule" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete rule" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add condition" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Run backtest" })).ToBeVisibleAsync();
    }

    private async Task IngestAsync(string key, string tenant, decimal spend)
    {
        using var ingest = fixture.Cluster.CreateApiClient();
        ingest.DefaultRequestHeaders.Add("X-Api-Key", key);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var sent = await ingest.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new
        {
            items = new[] { new { platform = "meta", campaignId = "916", date = today, impressions = 20_000, clicks = 400, spend, conversions = 3m, conversionValue = 260m } },
        });
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
    }
}
