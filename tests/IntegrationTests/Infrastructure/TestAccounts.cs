using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>Signing up and in through the real auth endpoints, as a client would.</summary>
public static class TestAccounts
{
    public const string Password = "correct horse battery staple";

    public static string NewEmail(string prefix = "user") => $"{prefix}-{Guid.NewGuid():N}@example.com";

    /// <summary>Registers <paramref name="email"/> (unless it exists) and logs in; answers the access token.</summary>
    public static async Task<string> SignUpAsync(HttpClient api, string email)
    {
        using var registered = await api.PostAsJsonAsync("api/v1/auth/register", new { email, password = Password, displayName = email.Split('@')[0] });
        Assert.True(registered.IsSuccessStatusCode || registered.StatusCode == System.Net.HttpStatusCode.Conflict,
            $"register answered {(int)registered.StatusCode}: {await registered.Content.ReadAsStringAsync()}");
        return await SignInAsync(api, email, Password);
    }

    /// <summary>Logs in and answers the access token.</summary>
    public static async Task<string> SignInAsync(HttpClient api, string email, string password)
    {
        using var login = await api.PostAsJsonAsync("api/v1/auth/login", new { email, password });
        var body = await login.Content.ReadAsStringAsync();
        Assert.True(login.IsSuccessStatusCode, $"login answered {(int)login.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>The email an access token was issued to, read from its (unverified) payload.</summary>
    public static string EmailOf(string accessToken)
    {
        var payload = accessToken.Split('.')[1];
        var json = Convert.FromBase64String(payload.Replace('-', '+').Replace('_', '/').PadRight((payload.Length + 3) / 4 * 4, '='));
        return JsonDocument.Parse(json).RootElement.GetProperty("email").GetString()!;
    }

    /// <summary>A client that sends <paramref name="token"/> as a bearer token on every request.</summary>
    public static HttpClient WithBearer(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Creates an API key in <paramref name="tenant"/> with <paramref name="scope"/> as its admin <paramref name="api"/>; answers the key.</summary>
    public static async Task<string> CreateKeyAsync(HttpClient api, string tenant, string scope)
    {
        using var created = await api.PostAsJsonAsync($"api/v1/tenants/{tenant}/keys", new { name = $"{scope} key", scope });
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.IsSuccessStatusCode, $"key creation answered {(int)created.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("key").GetString()!;
    }
}
