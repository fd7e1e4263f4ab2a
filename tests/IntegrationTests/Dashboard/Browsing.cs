using System.Net;
using System.Net.Http.Json;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>What every browser test does first: sign someone up, wait for the page to answer, give them a tenant.</summary>
public static class Browsing
{
    public const string Password = "a long enough password";

    /// <summary>Waits until the page answers clicks: typing into a page still prerendered is lost when the circuit connects.</summary>
    public static Task InteractiveAsync(IPage page) => Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });

    /// <summary>Signs a new person up through the sign-up page; the page is left on their tenant list, signed in.</summary>
    public static async Task SignUpAsync(IPage page, string email)
    {
        await page.GotoAsync("signup");
        await page.GetByLabel("Your name").FillAsync("Ana Marketer");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your tenants" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// Signs a new person up in <paramref name="page"/> and creates a tenant they administer, through the API with
    /// their own token (Europe/Berlin, EUR); returns the tenant's id and an API client signed in as them.
    /// </summary>
    public static async Task<(string Tenant, HttpClient Api)> SignUpWithTenantAsync(DashboardCluster fixture, IPage page, string prefix)
    {
        var email = TestAccounts.NewEmail(prefix);
        await SignUpAsync(page, email);
        var api = fixture.Cluster.CreateApiClient();
        api.WithBearer(await TestAccounts.SignInAsync(api, email, Password));
        var tenant = TenantJson.UniqueId(prefix);
        await TenantJson.CreateAsync(api, TenantJson.NewTenant(tenant));
        return (tenant, api);
    }

    /// <summary>
    /// Signs a new person up in <paramref name="page"/> and makes them a member of <paramref name="tenant"/> with
    /// <paramref name="role"/>, invited by <paramref name="admin"/> (the fixture's own admin when null).
    /// </summary>
    public static async Task<string> SignUpAsMemberAsync(DashboardCluster fixture, IPage page, string tenant, string role, HttpClient? admin = null)
    {
        var email = TestAccounts.NewEmail(role);
        await SignUpAsync(page, email);
        using var invited = await (admin ?? fixture.Api).PostAsJsonAsync($"api/v1/tenants/{tenant}/invitations", new { email, role });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        using var member = fixture.Cluster.CreateApiClient();
        member.WithBearer(await TestAccounts.SignInAsync(member, email, Password));
        using var accepted = await member.PostAsJsonAsync($"api/v1/tenants/{tenant}/invitations/accept", new { token = await fixture.NextInvitationTokenAsync() });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        return email;
    }
}
