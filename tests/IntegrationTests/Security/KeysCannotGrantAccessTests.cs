using System.Net;
using System.Net.Http.Json;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>No API key, admin or not, can create keys, invite members or change a member's role: only a signed-in admin can, so a leaked key leaves nothing behind.</summary>
[Collection(ApiCollection.Name)]
public sealed class KeysCannotGrantAccessTests(ApiCluster fixture)
{
    [Fact]
    public async Task AnAdminKeyIsRefusedWhereAnAdminPersonIsAllowed()
    {
        var tenant = TenantJson.UniqueId("grants");
        await TenantJson.CreateAsync(fixture.Api, TenantJson.NewTenant(tenant));
        var adminKey = await TestAccounts.CreateKeyAsync(fixture.Api, tenant, "admin");
        using var key = fixture.Cluster.CreateApiClient();
        key.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, adminKey);

        using var keyByKey = await key.PostAsJsonAsync($"api/v1/tenants/{tenant}/keys", new { name = "minted", scope = "admin" });
        await ProblemJson.ReadAsync(keyByKey, HttpStatusCode.Forbidden, "forbidden");
        using var inviteByKey = await key.PostAsJsonAsync($"api/v1/tenants/{tenant}/invitations", new { email = TestAccounts.NewEmail(), role = "admin" });
        await ProblemJson.ReadAsync(inviteByKey, HttpStatusCode.Forbidden, "forbidden");
        using var promoteByKey = await key.PutAsJsonAsync($"api/v1/tenants/{tenant}/members/{Uri.EscapeDataString(TestAccounts.EmailOf(fixture.Api.DefaultRequestHeaders.Authorization!.Parameter!))}", new { role = "viewer" });
        await ProblemJson.ReadAsync(promoteByKey, HttpStatusCode.Forbidden, "forbidden");
        using var listByKey = await key.GetAsync($"api/v1/tenants/{tenant}/keys");
        Assert.Equal(HttpStatusCode.OK, listByKey.StatusCode);

        using var keyByPerson = await fixture.Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/keys", new { name = "by a person", scope = "admin" });
        Assert.Equal(HttpStatusCode.Created, keyByPerson.StatusCode);
        using var inviteByPerson = await fixture.Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/invitations", new { email = TestAccounts.NewEmail(), role = "admin" });
        Assert.Equal(HttpStatusCode.Created, inviteByPerson.StatusCode);
    }
}
