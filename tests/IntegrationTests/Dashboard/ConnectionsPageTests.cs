using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static GrainMarketing.IntegrationTests.Dashboard.Browsing;
using static Microsoft.Playwright.Assertions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The Connections page in a real browser: consent at the local fake Google (tools/FakePlatforms), back through the API's callback, accounts chosen.</summary>
[Collection(DashboardCollection.Name)]
public sealed partial class ConnectionsPageTests(DashboardCluster fixture)
{
    [Fact]
    public async Task AnAdminConnectsGoogleThroughItsConsentAndChoosesTheAccountsToSync()
    {
        var page = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, page, "con");
        using var _ = api;
        await page.GotoAsync($"t/{tenant}/settings/connections");
        await InteractiveAsync(page);
        await Expect(page.GetByTestId("no-connections")).ToBeVisibleAsync();
        await page.GetByLabel("Platform", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Google Ads" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Agency Google");

        await page.GetByRole(AriaRole.Button, new() { Name = "Connect", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(Connected());
        // Back from the platform the page loads anew: a box checked before it is interactive would be lost.
        await InteractiveAsync(page);
        await Expect(page.GetByTestId("connected")).ToContainTextAsync("Agency Google is connected");
        var card = page.GetByTestId("connection");
        await Expect(card.GetByTestId("connection-status")).ToHaveTextAsync("connected");
        var rows = card.GetByTestId("connection-accounts").Locator("tbody tr");
        await Expect(rows).Not.ToHaveCountAsync(0);

        await rows.First.GetByRole(AriaRole.Checkbox).CheckAsync();
        await card.GetByTestId("save-accounts").ClickAsync();
        var saved = await BackfilledAsync(api, tenant);
        Assert.Single(saved.GetProperty("accounts").EnumerateArray(), a => a.GetProperty("selected").GetBoolean());

        // The page reads the sync when it loads: once the backfill is done it says so, with what was pulled.
        await page.ReloadAsync();
        await InteractiveAsync(page);
        await Expect(card.GetByTestId("sync-history")).ToContainTextAsync("complete from");
        await Expect(card.GetByTestId("sync-last")).ToContainTextAsync("rows");
        await Screenshots.TakeAsync(page, "connections");
        var phone = await SameSession.OnPhoneAsync(fixture, page);
        await phone.GotoAsync($"t/{tenant}/settings/connections");
        await InteractiveAsync(phone);
        await Expect(phone.GetByTestId("connection-syncs")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(phone, "connections");
    }

    /// <summary>The connection once its selected account's backfill is done.</summary>
    private static async Task<JsonElement> BackfilledAsync(HttpClient api, string tenant)
    {
        var connection = await Infrastructure.Eventually.ReadAsync(
            async () => await api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/connections/{(await api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/connections"))[0].GetProperty("id").GetGuid()}"),
            c => c.GetProperty("syncs") is { ValueKind: JsonValueKind.Array } syncs && syncs.GetArrayLength() == 1 && syncs[0].GetProperty("backfillDone").GetBoolean(),
            TimeSpan.FromSeconds(90));
        Assert.True(connection.GetProperty("syncs").EnumerateArray().SingleOrDefault() is { ValueKind: JsonValueKind.Object } sync && sync.GetProperty("backfillDone").GetBoolean(), connection.GetRawText());
        return connection;
    }

    [GeneratedRegex(@"/settings/connections\?connected=[0-9a-f-]{36}$")]
    private static partial Regex Connected();
}
