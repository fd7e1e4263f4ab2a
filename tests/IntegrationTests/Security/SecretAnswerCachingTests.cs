using System.Net.Http.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>Answers that show a secret once (a new API key, a webhook's signing secret) tell every cache not to keep them.</summary>
[Collection(EdgeCollection.Name)]
public sealed class SecretAnswerCachingTests(EdgeCluster fixture)
{
    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task ANewApiKeyIsNeverStored()
    {
        var tenant = await NewTenantAsync();

        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/keys", new { name = "reporting", scope = "read" });

        AssertNotCached(created);
    }

    [Fact]
    public async Task ANewWebhookAndItsRotatedSecretAreNeverStored()
    {
        var tenant = await NewTenantAsync();

        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/alert-channels",
            new { name = "ops", type = "webhook", url = "https://example.com/hook" });
        AssertNotCached(created);
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("channel").GetProperty("id").GetString();
        using var rotated = await Api.PostAsync($"api/v1/tenants/{tenant}/alert-channels/{id}/rotate-secret", null);

        AssertNotCached(rotated);
    }

    private async Task<string> NewTenantAsync()
    {
        var tenant = TenantJson.UniqueId("secrets");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));
        return tenant;
    }

    private static void AssertNotCached(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"answered {(int)response.StatusCode}");
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Equal("no-cache", response.Headers.Pragma.ToString());
    }
}
