using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace GrainMarketing.IntegrationTests.Connectors;

/// <summary>
/// Connecting ad platforms end to end: the API host and a silo process against tools/FakePlatforms, which speaks each
/// platform's OAuth (PKCE verified, codes single-use) and lists its seeded accounts. A test plays the browser: it
/// follows the authorization URL to the platform and brings the redirect back to the callback.
/// </summary>
[Collection(ConnectorsCollection.Name)]
public sealed class ConnectionsApiTests(ConnectorsCluster fixture)
{
    private HttpClient Api => fixture.Api;

    [Theory]
    [InlineData("google")]
    [InlineData("meta")]
    [InlineData("tiktok")]
    [InlineData("snapchat")]
    public async Task AConsentRoundTripConnectsAndListsTheAccountsThePlatformHas(string platform)
    {
        var tenant = await NewTenantAsync();
        var started = await CreateAsync(tenant, new { platform, name = $"{platform} ads" });
        Assert.Equal("authorizing", started.GetProperty("status").GetString());
        var authorization = new Uri(started.GetProperty("authorizationUrl").GetString()!);
        var asked = QueryHelpers.ParseQuery(authorization.Query);
        Assert.Equal("S256", asked["code_challenge_method"].ToString());
        Assert.Equal(43, asked["code_challenge"].ToString().Length);

        var connected = await CompleteAsync(authorization);

        Assert.Equal("active", connected.GetProperty("status").GetString());
        var expected = (await fixture.Platforms.Http.GetFromJsonAsync<JsonArray>("_fake/accounts"))!.OfType<JsonObject>()
            .Where(a => (string)a["platform"]! == platform).Select(a => ((string)a["id"]!, (string?)a["currency"])).Order().ToList();
        var accounts = connected.GetProperty("accounts").EnumerateArray()
            .Select(a => (a.GetProperty("id").GetString()!, a.GetProperty("currency").GetString())).Order().ToList();
        Assert.NotEmpty(accounts);
        Assert.Equal(expected, accounts);
        var listed = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/connections");
        Assert.Equal(connected.GetProperty("id").GetGuid(), Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task ACallbackIsTakenOnceAndAStrangersStateIsRefused()
    {
        var tenant = await NewTenantAsync();
        var started = await CreateAsync(tenant, new { platform = "google" });
        var back = await ConsentAsync(new Uri(started.GetProperty("authorizationUrl").GetString()!));
        var anonymous = fixture.Anonymous;

        using var first = await anonymous.GetAsync($"api/v1/connections/callback{back.Query}");
        using var replay = await anonymous.GetAsync($"api/v1/connections/callback{back.Query}");
        using var guessed = await anonymous.GetAsync("api/v1/connections/callback?code=abc&state=guessed");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("state", await RefusedFieldAsync(replay));
        Assert.Equal("state", await RefusedFieldAsync(guessed));
    }

    [Fact]
    public async Task APersonWhoRefusesAtThePlatformGetsTheirWordsBack()
    {
        var tenant = await NewTenantAsync();
        var started = await CreateAsync(tenant, new { platform = "snapchat" });
        var state = QueryHelpers.ParseQuery(new Uri(started.GetProperty("authorizationUrl").GetString()!).Query)["state"].ToString();
        var anonymous = fixture.Anonymous;

        using var refused = await anonymous.GetAsync($"api/v1/connections/callback?error=access_denied&error_description=User%20denied&state={Uri.EscapeDataString(state)}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("access_denied", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASystemUserTokenConnectsAtOnceAndOneThePlatformRefusesWritesNothing()
    {
        var tenant = await NewTenantAsync();

        var connected = await CreateAsync(tenant, new { platform = "meta", accessToken = "fake-meta-system-user-token", writeBack = false });
        using var refused = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/connections", new { platform = "meta", accessToken = "not-a-token" });

        Assert.Equal("active", connected.GetProperty("status").GetString());
        Assert.False(connected.GetProperty("writeBack").GetBoolean());
        Assert.Equal(JsonValueKind.Null, connected.GetProperty("tokenExpiresAt").ValueKind);
        Assert.Equal("accessToken", await RefusedFieldAsync(refused));
        var listed = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/connections");
        Assert.Single(listed.EnumerateArray());
    }

    [Fact]
    public async Task AccountsAreChosenFromThoseTheConnectionSeesAndNoTokenIsEverShown()
    {
        var tenant = await NewTenantAsync();
        var connected = await CompleteAsync(new Uri((await CreateAsync(tenant, new { platform = "google" })).GetProperty("authorizationUrl").GetString()!));
        var id = connected.GetProperty("id").GetGuid();
        var first = connected.GetProperty("accounts")[0].GetProperty("id").GetString()!;

        using var chosen = await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/connections/{id}/accounts", new { accountIds = new[] { first } });
        using var unknown = await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/connections/{id}/accounts", new { accountIds = new[] { "999" } });

        chosen.EnsureSuccessStatusCode();
        var read = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/connections/{id}");
        Assert.Equal([first], read.GetProperty("accounts").EnumerateArray().Where(a => a.GetProperty("selected").GetBoolean()).Select(a => a.GetProperty("id").GetString()));
        Assert.Equal("accountIds", await RefusedFieldAsync(unknown));
        var everything = read.GetRawText() + await Api.GetStringAsync($"api/v1/tenants/{tenant}/connections")
            + await Api.GetStringAsync($"api/v1/tenants/{tenant}/audit");
        Assert.DoesNotContain("token\":\"", everything.Replace("tokenExpiresAt\":\"", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fake-", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASnapchatGrantIsRenewedBeforeItExpiresAndARevokedOneAsksForAPerson()
    {
        var tenant = await NewTenantAsync();
        var hook = fixture.Receiver.NewUrl("reauth");
        using var channel = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/alert-channels", new { name = "ops", type = "webhook", url = hook, minSeverity = "warning" });
        channel.EnsureSuccessStatusCode();
        var connected = await CompleteAsync(new Uri((await CreateAsync(tenant, new { platform = "snapchat" })).GetProperty("authorizationUrl").GetString()!));
        var id = connected.GetProperty("id").GetGuid();
        var granted = connected.GetProperty("tokenExpiresAt").GetDateTimeOffset();

        var renewed = await Eventually.ReadAsync(() => ReadAsync(tenant, id), c => c.GetProperty("tokenExpiresAt").GetDateTimeOffset() > granted);
        Assert.Equal("active", renewed.GetProperty("status").GetString());
        Assert.True(renewed.GetProperty("refreshable").GetBoolean());

        (await fixture.Platforms.Http.PostAsync("_fake/snapchat/tokens/revoke-all", null)).EnsureSuccessStatusCode();
        var lapsed = await Eventually.ReadAsync(() => ReadAsync(tenant, id), c => c.GetProperty("status").GetString() == "needsReauth");
        Assert.False(string.IsNullOrEmpty(lapsed.GetProperty("problem").GetString()));
        var alert = (await fixture.Receiver.NextAsync(hook, TimeSpan.FromSeconds(30))).Json;
        Assert.Equal("connection.needsReauth", alert.GetProperty("kind").GetString());

        var again = await Api.PostAsync($"api/v1/tenants/{tenant}/connections/{id}/authorize", null);
        var restarted = await again.Content.ReadFromJsonAsync<JsonElement>();
        var reconnected = await CompleteAsync(new Uri(restarted.GetProperty("authorizationUrl").GetString()!));
        Assert.Equal((id, "active"), (reconnected.GetProperty("id").GetGuid(), reconnected.GetProperty("status").GetString()));
    }

    /// <summary>The one field a 400 validation problem names.</summary>
    private static async Task<string> RefusedFieldAsync(HttpResponseMessage response) =>
        Assert.Single(ProblemJson.ErrorFields(await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation")));

    private async Task<string> NewTenantAsync()
    {
        var tenant = TenantJson.UniqueId("conn");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));
        return tenant;
    }

    private async Task<JsonElement> CreateAsync(string tenant, object body)
    {
        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/connections", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await created.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> ReadAsync(string tenant, Guid id) =>
        await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/connections/{id}");

    /// <summary>What the browser does at the platform: the fake consents at once and redirects to our callback.</summary>
    private async Task<Uri> ConsentAsync(Uri authorization)
    {
        using var consent = await fixture.Platforms.Http.GetAsync(authorization);
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        var back = consent.Headers.Location!;
        Assert.StartsWith(fixture.CallbackUrl, back.ToString(), StringComparison.Ordinal);
        return back;
    }

    private async Task<JsonElement> CompleteAsync(Uri authorization)
    {
        var back = await ConsentAsync(authorization);
        using var completed = await fixture.Anonymous.GetAsync($"api/v1/connections/callback{back.Query}");
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync());
        return await completed.Content.ReadFromJsonAsync<JsonElement>();
    }
}
