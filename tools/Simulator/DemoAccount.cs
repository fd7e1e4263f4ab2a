using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace GrainMarketing.Simulator;

/// <summary>
/// The person the simulator acts as: signs the demo account up (or in, when it exists), creates the
/// simulated tenants as it, so it is their admin, and makes an ingest key and a read key per tenant. The
/// access token serves only the setup; traffic goes with the keys, which do not expire.
/// </summary>
internal static class DemoAccount
{
    /// <summary>The demo tenants' currency.</summary>
    public const string Currency = "USD";

    public const string DefaultEmail = "demo@grainmarketing.local";

    /// <summary>
    /// The ingest key of each tenant the account can feed and the account's access token; a tenant that exists
    /// without the account as its admin is reported and left out. Null when the setup cannot go on (the reason is printed).
    /// </summary>
    public static async Task<DemoSession?> SetUpAsync(
        HttpMessageHandler handler, Uri api, string email, string? password, IEnumerable<string> tenants)
    {
        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
        if (await SignInAsync(http, email, password) is not { } token)
        {
            return null;
        }

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var readKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tenant in tenants)
        {
            using var created = await http.PostAsJsonAsync("api/v1/tenants",
                new { id = tenant, displayName = tenant, timeZone = "Etc/UTC", currency = Currency, dailyAnalysisHour = 6, industry = "apparel-fashion-jewelry" });
            if (!created.IsSuccessStatusCode && created.StatusCode != HttpStatusCode.Conflict)
            {
                await Refused($"cannot create {tenant}", created);
                return null;
            }

            using var key = await http.PostAsJsonAsync($"api/v1/tenants/{tenant}/keys", new { name = "simulator", scope = "ingest" });
            if (key.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
            {
                Console.Error.WriteLine($"simulator: tenant {tenant} exists and {email} is not its admin, so it cannot get a key for it; "
                    + "skipping it (sign in as the account that created it with GM_DEMO_EMAIL and GM_DEMO_PASSWORD, or start with an empty store)");
                continue;
            }

            if (!key.IsSuccessStatusCode)
            {
                await Refused($"cannot create an ingest key for {tenant}", key);
                return null;
            }

            var body = await key.Content.ReadFromJsonAsync<JsonElement>();
            keys[tenant] = body.GetProperty("key").GetString() ?? "";

            // The customers' app reads the offers each customer sees, which an ingest key may not.
            using var read = await http.PostAsJsonAsync($"api/v1/tenants/{tenant}/keys", new { name = "simulator-offers", scope = "read" });
            if (!read.IsSuccessStatusCode)
            {
                await Refused($"cannot create a read key for {tenant}", read);
                return null;
            }

            readKeys[tenant] = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString() ?? "";
            await DemoCompetitors.ImportAsync(http, tenant);
            await DemoRates.SetAsync(http, tenant, DateOnly.FromDateTime(DateTime.UtcNow));
        }

        return new DemoSession(keys, readKeys, token);
    }

    /// <summary>Registers the account, or logs in when it exists; the access token, or null with the reason printed.</summary>
    private static async Task<string?> SignInAsync(HttpClient http, string email, string? password)
    {
        var chosen = password is not null;
        password ??= Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        using var registered = await http.PostAsJsonAsync("api/v1/auth/register", new { email, password, displayName = "Demo" });
        if (!registered.IsSuccessStatusCode && registered.StatusCode != HttpStatusCode.Conflict)
        {
            await Refused($"cannot register {email}", registered);
            return null;
        }

        using var login = await http.PostAsJsonAsync("api/v1/auth/login", new { email, password });
        if (login.IsSuccessStatusCode)
        {
            Console.WriteLine(chosen
                ? $"Demo login: {email} with the password from GM_DEMO_PASSWORD (or --password)"
                : $"Demo login: {email} / {password} (set GM_DEMO_PASSWORD to choose it)");
            var tokens = await login.Content.ReadFromJsonAsync<JsonElement>();
            return tokens.GetProperty("accessToken").GetString();
        }

        if (login.StatusCode == HttpStatusCode.Unauthorized)
        {
            Console.Error.WriteLine(chosen
                ? $"simulator: {email} exists and refused the password given. Set GM_DEMO_PASSWORD (or --password) to that account's password, "
                    + "or GM_DEMO_EMAIL (or --email) to another account."
                : $"simulator: {email} exists already, so a generated password cannot sign in. Set GM_DEMO_PASSWORD (or --password) "
                    + "to that account's password, or GM_DEMO_EMAIL (or --email) to a new account.");
            return null;
        }

        await Refused($"cannot log in as {email}", login);
        return null;
    }

    private static async Task Refused(string what, HttpResponseMessage response) =>
        await Console.Error.WriteLineAsync($"simulator: {what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
}
