using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Auth;

/// <summary>Accounts and access tokens over real HTTP: <c>/api/v1/auth</c>.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuthApiTests(ApiCluster fixture)
{
    private const string Password = "correct horse battery";
    private readonly HttpClient _api = fixture.Anonymous;

    [Fact]
    public async Task ARegisteredAccountLogsInAndItsTokenOpensMe()
    {
        var email = NewEmail();
        using var registered = await _api.PostAsJsonAsync("api/v1/auth/register", new { email = $"  {email.ToUpperInvariant()} ", password = Password, displayName = "Ana" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        var token = await LoginAsync(email, Password);
        using var me = new HttpRequestMessage(HttpMethod.Get, "api/v1/auth/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var answer = await _api.SendAsync(me);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var account = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(email, account.GetProperty("email").GetString());
        Assert.Equal("Ana", account.GetProperty("displayName").GetString());
        Assert.False(account.TryGetProperty("passwordHash", out _));
    }

    [Fact]
    public async Task LoginsAndFailedLoginsLeaveAnAuditTrailWithoutSecrets()
    {
        var email = NewEmail();
        await RegisterAsync(email);
        using var wrong = await _api.PostAsJsonAsync("api/v1/auth/login", new { email, password = "a wrong password" });
        await LoginAsync(email, Password);

        var trail = await fixture.Cluster.QueryScalarAsync<string>(
            $"SELECT string_agg(action || ':' || coalesce(after->>'reason', '-') || ':' || (source_ip IS NOT NULL)::text, ',' ORDER BY id) FROM audit_log WHERE actor = '{email}'");
        Assert.Equal("account.registered:-:true,login.failed:wrong password:true,login.succeeded:-:true", trail);
        var leaked = await fixture.Cluster.QueryScalarAsync<long>(
            $"SELECT count(*) FROM audit_log WHERE audit_log::text LIKE '%{Password}%' OR audit_log::text LIKE '%a wrong password%'");
        Assert.Equal(0, leaked);
    }

    [Fact]
    public async Task AnEmailRegistersOnceWhateverItsCase()
    {
        var email = NewEmail();
        await RegisterAsync(email);

        using var again = await _api.PostAsJsonAsync("api/v1/auth/register", new { email = email.ToUpperInvariant(), password = Password, displayName = "Twin" });

        await ProblemJson.ReadAsync(again, HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task BadRegistrationsNameEveryField()
    {
        using var response = await _api.PostAsJsonAsync("api/v1/auth/register", new { email = "not-an-email", password = "short", displayName = " " });

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["displayName", "email", "password"], ProblemJson.ErrorFields(problem));
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownEmailGetTheSameAnswer()
    {
        var email = NewEmail();
        await RegisterAsync(email);

        using var wrong = await _api.PostAsJsonAsync("api/v1/auth/login", new { email, password = "wrong password!!" });
        using var unknown = await _api.PostAsJsonAsync("api/v1/auth/login", new { email = NewEmail(), password = Password });

        var a = await ProblemJson.ReadAsync(wrong, HttpStatusCode.Unauthorized, "invalid-credentials");
        var b = await ProblemJson.ReadAsync(unknown, HttpStatusCode.Unauthorized, "invalid-credentials");
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ARefreshTokenWorksOnceAndReusingAnOldOneEndsTheLogin()
    {
        var email = NewEmail();
        await RegisterAsync(email);
        var first = await LoginBodyAsync(email, Password);

        var second = await RefreshAsync(first.GetProperty("refreshToken").GetString()!, HttpStatusCode.OK);
        Assert.NotEqual(first.GetProperty("refreshToken").GetString(), second.GetProperty("refreshToken").GetString());
        Assert.Equal(HttpStatusCode.OK, await MeStatusAsync(second.GetProperty("accessToken").GetString()!));

        // The first token again: someone copied it. The whole chain ends, the newest token included.
        await RefreshAsync(first.GetProperty("refreshToken").GetString()!, HttpStatusCode.Unauthorized);
        await RefreshAsync(second.GetProperty("refreshToken").GetString()!, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(second.GetProperty("accessToken").GetString()!));
    }

    [Fact]
    public async Task LogoutEndsTheLoginItsAccessTokenIncludedAndMalformedRefreshTokensAreRefused()
    {
        var email = NewEmail();
        await RegisterAsync(email);
        var login = await LoginBodyAsync(email, Password);
        var otherLogin = await LoginBodyAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, await MeStatusAsync(login.GetProperty("accessToken").GetString()!));

        using var logout = await _api.PostAsJsonAsync("api/v1/auth/logout", new { refreshToken = login.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);

        await RefreshAsync(login.GetProperty("refreshToken").GetString()!, HttpStatusCode.Unauthorized);
        await RefreshAsync(otherLogin.GetProperty("refreshToken").GetString()!, HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(login.GetProperty("accessToken").GetString()!));
        Assert.Equal(HttpStatusCode.OK, await MeStatusAsync(otherLogin.GetProperty("accessToken").GetString()!));
        await RefreshAsync("garbage", HttpStatusCode.Unauthorized);
        await RefreshAsync($"{Guid.NewGuid():N}.AAAA", HttpStatusCode.Unauthorized);
        await RefreshAsync($"{Guid.NewGuid():N}.{Convert.ToBase64String(new byte[32]).TrimEnd('=').Replace('+', '-').Replace('/', '_')}", HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not.a.jwt")]
    [InlineData("tampered")]
    public async Task MeRefusesAMissingMalformedOrTamperedToken(string? token)
    {
        if (token == "tampered")
        {
            var email = NewEmail();
            await RegisterAsync(email);
            var real = await LoginAsync(email, Password);
            var parts = real.Split('.');
            var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64Url(parts[1]))!;
            payload["email"] = JsonSerializer.SerializeToElement("someone-else@example.com");
            token = $"{parts[0]}.{Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{parts[2]}";
        }

        using var me = new HttpRequestMessage(HttpMethod.Get, "api/v1/auth/me");
        if (token is not null)
        {
            me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var answer = await _api.SendAsync(me);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.DoesNotContain("someone-else", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string NewEmail() => $"user-{Guid.NewGuid():N}@example.com";

    private static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }

    private async Task RegisterAsync(string email)
    {
        using var response = await _api.PostAsJsonAsync("api/v1/auth/register", new { email, password = Password, displayName = "Ana" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<string> LoginAsync(string email, string password) =>
        (await LoginBodyAsync(email, password)).GetProperty("accessToken").GetString()!;

    private async Task<JsonElement> LoginBodyAsync(string email, string password)
    {
        using var response = await _api.PostAsJsonAsync("api/v1/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.Equal(900, body.GetProperty("expiresIn").GetInt32());
        return body;
    }

    private async Task<JsonElement> RefreshAsync(string refreshToken, HttpStatusCode expected)
    {
        using var response = await _api.PostAsJsonAsync("api/v1/auth/refresh", new { refreshToken });
        Assert.Equal(expected, response.StatusCode);
        return expected == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
    }

    private async Task<HttpStatusCode> MeStatusAsync(string accessToken)
    {
        using var me = new HttpRequestMessage(HttpMethod.Get, "api/v1/auth/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var answer = await _api.SendAsync(me);
        return answer.StatusCode;
    }
}
