using System.Net;
using System.Net.Http.Json;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>Viewers of a tenant that a person signed up in the browser administers (Browsing's helper invites as the fixture's own admin instead).</summary>
public static class TenantViewers
{
    /// <summary>Signs a new person up in <paramref name="page"/> and makes them a viewer of <paramref name="tenant"/>, invited by <paramref name="admin"/>.</summary>
    public static async Task SignUpAsync(DashboardCluster fixture, IPage page, string tenant, HttpClient admin)
    {
        var email = TestAccounts.NewEmail("viewer");
        await Browsing.SignUpAsync(page, email);
        using var invited = await admin.PostAsJsonAsync($"api/v1/tenants/{tenant}/invitations", new { email, role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        using var viewer = fixture.Cluster.CreateApiClient();
        viewer.WithBearer(await TestAccounts.SignInAsync(viewer, email, Browsing.Password));
        using var accepted = await viewer.PostAsJsonAsync($"api/v1/tenants/{tenant}/invitations/accept", new { token = await fixture.NextInvitationTokenAsync() });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }
}
