using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Tenants;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>
/// A webhook URL can carry a credential (<c>?token=…</c>), as a Slack URL always does: only the tenant's admins see it
/// whole, everyone else its scheme and host, and the audit trail keeps the host alone.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class AlertChannelUrlMaskingTests(AlertsCluster fixture)
{
    private const string Credential = "SECRET-0f3c9a";
    private const string Url = $"https://example.com/hooks/ops?token={Credential}";

    [Fact]
    public async Task ViewersAndReadKeysSeeAWebhooksSchemeAndHostAndAdminsTheWholeUrl()
    {
        var tenant = await NewTenantAsync();
        var id = await CreateWebhookAsync(tenant, Url);
        using var viewer = await ViewerAsync(tenant);
        using var readKey = fixture.NewClient();
        readKey.DefaultRequestHeaders.Add("X-Api-Key", await TestAccounts.CreateKeyAsync(fixture.Api, tenant, "read"));

        foreach (var (caller, client) in new[] { ("viewer", viewer), ("read key", readKey) })
        {
            var one = await client.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/alert-channels/{id}");
            var all = await client.GetStringAsync($"api/v1/tenants/{tenant}/alert-channels");
            Assert.True(one.GetProperty("url").GetString() == "https://example.com/…", $"the {caller} was shown {one.GetProperty("url")}");
            Assert.DoesNotContain(Credential, all, StringComparison.Ordinal);
            Assert.DoesNotContain("/hooks/ops", all, StringComparison.Ordinal);
        }

        var admin = await fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/alert-channels/{id}");
        Assert.Equal(Url, admin.GetProperty("url").GetString());
    }

    [Fact]
    public async Task TheAuditTrailRecordsAChannelsHostButNotItsPathOrQuery()
    {
        var tenant = await NewTenantAsync();
        var id = await CreateWebhookAsync(tenant, Url);
        using var updated = await fixture.Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/alert-channels/{id}",
            new { name = "ops", type = "webhook", url = $"https://hooks.example.org/v2?token={Credential}-2" });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);

        var hosts = await fixture.Cluster.QueryScalarAsync<string>(
            $"SELECT string_agg(action || ':' || coalesce(before->>'host', '-') || '>' || coalesce(after->>'host', '-'), ',' ORDER BY id) FROM audit_log WHERE tenant = '{tenant}' AND action LIKE 'alert-channel.%'");
        var leaks = await fixture.Cluster.QueryScalarAsync<long>(
            $"SELECT count(*) FROM audit_log WHERE tenant = '{tenant}' AND (coalesce(before::text, '') || coalesce(after::text, '')) ~ '(SECRET|/hooks|/v2|token)'");
        Assert.Equal("alert-channel.created:->example.com,alert-channel.updated:example.com>hooks.example.org", hosts);
        Assert.Equal(0L, leaks);
    }

    private async Task<string> CreateWebhookAsync(string tenant, string url)
    {
        using var created = await fixture.Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/alert-channels", new { name = "ops", type = "webhook", url });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var channel = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("channel");
        Assert.Equal(url, channel.GetProperty("url").GetString());
        return channel.GetProperty("id").GetString()!;
    }

    /// <summary>A new account made a viewer of <paramref name="tenant"/> through its access grain, as an accepted invitation does.</summary>
    private async Task<HttpClient> ViewerAsync(string tenant)
    {
        var client = fixture.NewClient();
        var email = TestAccounts.NewEmail("viewer");
        client.WithBearer(await TestAccounts.SignUpAsync(client, email));
        var access = fixture.Grains.GetGrain<ITenantAccessGrain>(tenant);
        var invitation = RandomNumberGenerator.GetBytes(32);
        await access.InviteAsync(email, TenantRole.Viewer, "test", invitation, DateTimeOffset.UtcNow.AddHours(1));
        await access.AcceptInvitationAsync(email, invitation);
        return client;
    }

    private async Task<string> NewTenantAsync()
    {
        var id = TenantJson.UniqueId("masking");
        await TenantJson.CreateAsync(fixture.Api, TenantJson.NewTenant(id));
        return id;
    }
}
