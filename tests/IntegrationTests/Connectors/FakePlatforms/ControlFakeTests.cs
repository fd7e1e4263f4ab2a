using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GrainMarketing.IntegrationTests.Connectors.FakePlatforms;

/// <summary>The control API's request log and revocation, which connector tests read and pull on.</summary>
[Collection(FakePlatformsCollection.Name)]
public sealed class ControlFakeTests(FakePlatformsServer server)
{
    [Fact]
    public async Task TheRequestLogListsEachPlatformCallAndARevokedTokenIsRefused()
    {
        var last = (await server.Http.GetFromJsonAsync<JsonArray>("_fake/requests"))!.Select(r => (long)r!["sequence"]!).DefaultIfEmpty(0).Max();
        var token = await server.TokenAsync("google");
        using var request = new HttpRequestMessage(HttpMethod.Get, "google/v21/customers:listAccessibleCustomers");
        request.Headers.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await server.Http.SendAsync(request)).StatusCode);
        (await server.Http.PostAsJsonAsync("_fake/tokens/revoke", new { token })).EnsureSuccessStatusCode();

        using var again = new HttpRequestMessage(HttpMethod.Get, "google/v21/customers:listAccessibleCustomers");
        again.Headers.Authorization = new("Bearer", token);
        var refused = await server.Http.SendAsync(again);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("OAUTH_TOKEN_REVOKED", (string)(await FakePlatformsServer.JsonAsync(refused))["error"]!["details"]![0]!["errors"]![0]!["errorCode"]!["authenticationError"]!);
        var logged = (await server.Http.GetFromJsonAsync<JsonArray>($"_fake/requests?after={last}&platform=google"))!;
        Assert.Equal(
            new[] { ("GET", "/google/v21/customers:listAccessibleCustomers", 200), ("GET", "/google/v21/customers:listAccessibleCustomers", 401) },
            logged.Select(r => ((string)r!["method"]!, (string)r["path"]!, (int)r["status"]!)));
    }
}
