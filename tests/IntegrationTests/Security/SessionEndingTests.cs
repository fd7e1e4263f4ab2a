using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>Only the refresh token ends a login: the login id that every access token shows (<c>sid</c>) is not enough.</summary>
[Collection(ApiCollection.Name)]
public sealed class SessionEndingTests(ApiCluster fixture)
{
    [Fact]
    public async Task KnowingAnAccessTokenIsNotEnoughToLogThePersonOutOrEndTheirRefreshTokens()
    {
        var api = fixture.Anonymous;
        var email = TestAccounts.NewEmail();
        await TestAccounts.SignUpAsync(api, email);
        var login = await LoginAsync(api, email);
        var accessToken = login.GetProperty("accessToken").GetString()!;
        var forged = $"{SessionOf(accessToken)}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}";

        using var logout = await api.PostAsJsonAsync("api/v1/auth/logout", new { refreshToken = forged });
        await ProblemJson.ReadAsync(logout, HttpStatusCode.Unauthorized, "invalid-credentials");
        using var refresh = await api.PostAsJsonAsync("api/v1/auth/refresh", new { refreshToken = forged });
        await ProblemJson.ReadAsync(refresh, HttpStatusCode.Unauthorized, "invalid-credentials");
        using var malformed = await api.PostAsJsonAsync("api/v1/auth/logout", new { refreshToken = SessionOf(accessToken) });
        Assert.Equal(["refreshToken"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(malformed, HttpStatusCode.BadRequest, "validation")));

        using var me = new HttpRequestMessage(HttpMethod.Get, "api/v1/auth/me");
        me.Headers.Authorization = new("Bearer", accessToken);
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(me)).StatusCode);
        using var real = await api.PostAsJsonAsync("api/v1/auth/refresh", new { refreshToken = login.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
    }

    [Fact]
    public async Task ReplayingARotatedRefreshTokenStillEndsTheLoginAndLogoutWithTheTokenStillWorks()
    {
        var api = fixture.Anonymous;
        var email = TestAccounts.NewEmail();
        await TestAccounts.SignUpAsync(api, email);
        var first = (await LoginAsync(api, email)).GetProperty("refreshToken").GetString()!;
        using var rotated = await api.PostAsJsonAsync("api/v1/auth/refresh", new { refreshToken = first });
        var second = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refreshToken").GetString()!;

        using var replay = await api.PostAsJsonAsync("api/v1/auth/refresh", new { refreshToken = first });
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        using var afterReplay = await api.PostAsJsonAsync("api/v1/auth/refresh", new { refreshToken = second });
        Assert.Equal(HttpStatusCode.Unauthorized, afterReplay.StatusCode);

        var other = (await LoginAsync(api, email)).GetProperty("refreshToken").GetString()!;
        using var logout = await api.PostAsJsonAsync("api/v1/auth/logout", new { refreshToken = other });
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        using var afterLogout = await api.PostAsJsonAsync("api/v1/auth/refresh", new { refreshToken = other });
        Assert.Equal(HttpStatusCode.Unauthorized, afterLogout.StatusCode);
    }

    private static async Task<JsonElement> LoginAsync(HttpClient api, string email)
    {
        using var login = await api.PostAsJsonAsync("api/v1/auth/login", new { email, password = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return await login.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The <c>sid</c> claim, read from the token's unverified payload as anyone holding it can.</summary>
    private static string SessionOf(string accessToken) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(accessToken.Split('.')[1])).RootElement.GetProperty("sid").GetString()!;
}
