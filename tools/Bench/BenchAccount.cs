using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace GrainMarketing.Bench;

/// <summary>
/// The run's own account: signs up <c>{tenant}@bench.local</c> with a random password only the run knows (the dashboard phase signs in with it), logs in,
/// creates the bench tenant (the account becomes its admin) and makes the three API keys the run uses.
/// The 15-minute access token serves only this setup; keys do not expire, so long runs need no refresh.
/// </summary>
internal static class BenchAccount
{
    public static string Email(string tenant) => $"{tenant}@bench.local";

    /// <summary>The ingest-scope, read-scope and admin-scope keys of the new tenant (admin sets up the automation phase's rule and channel).</summary>
    public static async Task<(string Ingest, string Read, string Admin, string Password)> SetUpAsync(HttpMessageHandler handler, Uri api, string tenant)
    {
        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = api, Timeout = TimeSpan.FromMinutes(1) };
        var email = Email(tenant);
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        await PostAsync(http, "api/v1/auth/register", new { email, password, displayName = "Bench" }, $"registering {email}");
        var login = await PostAsync(http, "api/v1/auth/login", new { email, password }, $"logging in as {email}");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        await PostAsync(http, "api/v1/tenants",
            new { id = tenant, displayName = "Bench", timeZone = "Etc/UTC", currency = "USD" }, $"creating tenant {tenant}");
        return (await CreateKeyAsync(http, tenant, "ingest"), await CreateKeyAsync(http, tenant, "read"), await CreateKeyAsync(http, tenant, "admin"), password);
    }

    private static async Task<string> CreateKeyAsync(HttpClient http, string tenant, string scope)
    {
        var created = await PostAsync(http, $"api/v1/tenants/{tenant}/keys", new { name = $"bench {scope}", scope }, $"creating the {scope} key");
        return created.GetProperty("key").GetString() ?? throw new InvalidOperationException($"creating the {scope} key: no key in the answer");
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, object body, string doing)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{doing}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
