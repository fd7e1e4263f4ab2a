using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static GrainMarketing.IntegrationTests.Dashboard.Browsing;
using static Microsoft.Playwright.Assertions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The settings, members and audit pages in a real browser against the real processes.</summary>
[Collection(DashboardCollection.Name)]
public sealed class SettingsPageTests(DashboardCluster fixture)
{
    [Fact]
    public async Task AnInvalidTimeZoneShowsTheApisMessageNextToItAndTheFixedOneIsSaved()
    {
        var page = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, page, "set");
        using var _ = api;
        using var refused = await api.PatchAsJsonAsync($"api/v1/tenants/{tenant}", new { timeZone = "Mars/Olympus" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var apiMessage = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("timeZone")[0].GetString()!;

        await page.GotoAsync($"t/{tenant}/settings");
        await InteractiveAsync(page);
        var zone = page.GetByLabel("Time zone");
        await Expect(zone).ToHaveValueAsync("Europe/Berlin");
        await zone.FillAsync("Mars/Olympus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var zoneField = page.Locator(".mud-input-control").Filter(new() { Has = page.Locator("#tenant-time-zone") });
        await Expect(zoneField).ToContainTextAsync(apiMessage);
        await Expect(page.Locator(".mud-input-control").Filter(new() { Has = page.Locator("#tenant-currency") })).Not.ToContainTextAsync(apiMessage);
        await Screenshots.TakeAsync(page, "settings-invalid");

        await zone.FillAsync("America/New_York");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("tenant-saved")).ToBeVisibleAsync();
        await Expect(zoneField).Not.ToContainTextAsync(apiMessage);
        var (_, saved) = await TenantJson.GetAsync(api, tenant);
        Assert.Equal("America/New_York", saved.GetProperty("timeZone").GetString());
        await Screenshots.TakeAsync(page, "settings");
        await Screenshots.TakeAsync(await PhonePageAsync(page, $"t/{tenant}/settings", "Holdout share of offer targets"), "settings");
    }

    [Fact]
    public async Task AHoldoutShareOutOfRangeIsNamedByTheApiAndAValidOneIsKept()
    {
        var page = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, page, "thr");
        using var _ = api;
        await page.GotoAsync($"t/{tenant}/settings");
        await InteractiveAsync(page);
        var holdout = page.GetByLabel("Holdout share of offer targets");
        await holdout.FillAsync("0.9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save thresholds" }).ClickAsync();
        var holdoutField = page.Locator(".mud-input-control").Filter(new() { Has = page.Locator("#threshold-holdoutShare") });
        await Expect(holdoutField.Locator(".mud-input-helper-text.mud-input-error")).ToBeVisibleAsync();

        await holdout.FillAsync("0.25");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save thresholds" }).ClickAsync();
        await Expect(page.GetByTestId("thresholds-saved")).ToBeVisibleAsync();
        var settings = await api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analysis/settings");
        Assert.Equal(0.25, settings.GetProperty("holdoutShare").GetDouble());
    }

    [Fact]
    public async Task AnInvitedPersonSignsUpFromTheEmailedLinkAndLandsInTheTenantWithTheInvitedRole()
    {
        var admin = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, admin, "inv");
        using var _ = api;
        var invitee = TestAccounts.NewEmail("invitee");
        await admin.GotoAsync($"t/{tenant}/settings/members");
        await InteractiveAsync(admin);
        await admin.GetByLabel("Email").FillAsync(invitee);
        await admin.GetByLabel("Role", new() { Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "editor: also changes campaigns and rules" }).ClickAsync();
        await Expect(admin.GetByLabel("Role", new() { Exact = true })).ToContainTextAsync("editor");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Expect(admin.GetByTestId("invited")).ToContainTextAsync(invitee);
        await Expect(admin.GetByTestId("invited")).ToContainTextAsync("Editor");
        await Expect(admin.GetByTestId("invitations")).ToContainTextAsync(invitee);
        await Screenshots.TakeAsync(admin, "members");
        await Screenshots.TakeAsync(await PhonePageAsync(admin, $"t/{tenant}/settings/members", invitee), "members");

        var link = await fixture.NextEmailLinkAsync();
        Assert.Equal(fixture.DashboardAddress.Authority, link.Authority);
        var person = await fixture.NewPageAsync();
        await person.GotoAsync(link.ToString());
        await Screenshots.TakeAsync(person, "accept-invitation-signed-out");
        await person.GetByTestId("invitation-sign-up").ClickAsync();
        await person.GetByLabel("Your name").FillAsync("Ed Itor");
        await person.GetByLabel("Email").FillAsync(invitee);
        await person.GetByLabel("Password").FillAsync(Password);
        await person.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(person.GetByRole(AriaRole.Button, new() { Name = $"Accept and open {tenant}" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(person, "accept-invitation");
        await person.GetByRole(AriaRole.Button, new() { Name = $"Accept and open {tenant}" }).ClickAsync();
        await person.WaitForURLAsync($"**/t/{tenant}/overview");

        var members = await api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/members");
        var joined = members.GetProperty("members").EnumerateArray().Single(member => member.GetProperty("email").GetString() == invitee);
        Assert.Equal("editor", joined.GetProperty("role").GetString());
        await person.GotoAsync($"t/{tenant}/settings/members");
        await Expect(person.GetByTestId("members-read-only")).ToContainTextAsync("Editor");
        await Expect(person.GetByRole(AriaRole.Button, new() { Name = "Send invitation" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TheAuditLogListsTheTenantsChangesAndItsFiltersLiveInTheUrl()
    {
        var page = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, page, "aud");
        using var _ = api;
        using var renamed = await api.PatchAsJsonAsync($"api/v1/tenants/{tenant}", new { displayName = "Audited shop" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        await TestAccounts.CreateKeyAsync(api, tenant, "ingest");

        await page.GotoAsync($"t/{tenant}/settings/audit");
        await InteractiveAsync(page);
        var trail = page.GetByTestId("audit");
        await Expect(trail).ToContainTextAsync("tenant.updated");
        await Expect(trail).ToContainTextAsync("key.created");
        await Expect(trail).ToContainTextAsync("Audited shop");
        await Screenshots.TakeAsync(page, "audit");

        await page.GetByLabel("Action").FillAsync("key.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        // Polled, not awaited as a navigation: the page's own history change can land before a navigation waiter is set.
        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]action=key\.(&|$)"));
        await Expect(trail).Not.ToContainTextAsync("tenant.updated");
        await Expect(trail).ToContainTextAsync("key.created");

        await page.ReloadAsync();
        await Expect(page.GetByLabel("Action")).ToHaveValueAsync("key.");
        await Expect(trail).ToContainTextAsync("key.created");
        await Expect(trail).Not.ToContainTextAsync("tenant.updated");
        // The phone page last: it signs in with the same session, and this page's live connection is not used after it.
        await Screenshots.TakeAsync(await PhonePageAsync(page, $"t/{tenant}/settings/audit", "key.created"), "audit");
    }

    [Fact]
    public async Task AViewerSeesTheSettingsButNoButtonToChangeThem()
    {
        var tenant = TenantJson.UniqueId("set-view");
        await TenantJson.CreateAsync(fixture.Api, TenantJson.NewTenant(tenant));
        var page = await fixture.NewPageAsync();
        await SignUpAsMemberAsync(fixture, page, tenant, "viewer");

        await page.GotoAsync($"t/{tenant}/settings");
        await Expect(page.GetByTestId("settings-read-only")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Time zone")).ToHaveValueAsync("Europe/Berlin");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save thresholds" })).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "settings-viewer");

        await page.GotoAsync($"t/{tenant}/settings/members");
        await Expect(page.GetByTestId("members")).ToContainTextAsync("Viewer");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove" })).ToHaveCountAsync(0);

        await page.GotoAsync($"t/{tenant}/alerts");
        await Expect(page.GetByTestId("channels")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add channel" })).ToHaveCountAsync(0);
    }

    /// <summary>The same person's page at phone width, once it answers clicks and <paramref name="ready"/> shows (the data has arrived).</summary>
    private async Task<IPage> PhonePageAsync(IPage signedIn, string path, string ready)
    {
        var phone = await SameSession.OnPhoneAsync(fixture, signedIn);
        await phone.GotoAsync(path);
        await InteractiveAsync(phone);
        await Expect(phone.GetByText(ready).First).ToBeVisibleAsync();
        return phone;
    }
}
