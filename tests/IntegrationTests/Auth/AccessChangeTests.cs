using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Auth;

/// <summary>
/// Two API hosts whose access caches would keep an answer for ten minutes: a key revoked or a login
/// ended through one host stops working on the other as soon as the cluster's notice arrives.
/// </summary>
public sealed class AccessChangeTests
{
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ARevokedKeyAndAnEndedLoginStopWorkingOnEveryApiHost()
    {
        await using var cluster = await SharedSilo.ViewAsync(new Dictionary<string, string> { ["Auth__AccessCacheDuration"] = "00:10:00" });
        await cluster.StartApiAsync();
        var other = await cluster.StartAnotherApiAsync();
        var (admin, token) = await cluster.CreateSignedInClientAsync();
        using var _ = admin;
        var tenant = TenantJson.UniqueId("notice");
        await TenantJson.CreateAsync(admin, TenantJson.NewTenant(tenant));
        using var created = await admin.PostAsJsonAsync($"api/v1/tenants/{tenant}/keys", new { name = "reader", scope = "read" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var (key, keyId) = (body.GetProperty("key").GetString()!, body.GetProperty("id").GetString()!);

        using var reader = new HttpClient { BaseAddress = other, Timeout = TimeSpan.FromSeconds(10) };
        reader.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var login = await admin.PostAsJsonAsync("api/v1/auth/login", new { email = TestAccounts.EmailOf(token), password = TestAccounts.Password });
        var session = await login.Content.ReadFromJsonAsync<JsonElement>();
        using var person = new HttpClient { BaseAddress = other, Timeout = TimeSpan.FromSeconds(10) };
        person.WithBearer(session.GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"api/v1/tenants/{tenant}/campaigns")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("api/v1/auth/me")).StatusCode);

        (await admin.DeleteAsync($"api/v1/tenants/{tenant}/keys/{keyId}")).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("api/v1/auth/logout", new { refreshToken = session.GetProperty("refreshToken").GetString() })).EnsureSuccessStatusCode();

        Assert.True(await BecomesAsync(reader, $"api/v1/tenants/{tenant}/campaigns", HttpStatusCode.Unauthorized), cluster.Output());
        Assert.True(await BecomesAsync(person, "api/v1/auth/me", HttpStatusCode.Unauthorized), cluster.Output());
    }

    private static Task<bool> BecomesAsync(HttpClient client, string path, HttpStatusCode status) => Eventually.HoldsAsync(async () =>
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode == status;
    }, Arrival);
}
