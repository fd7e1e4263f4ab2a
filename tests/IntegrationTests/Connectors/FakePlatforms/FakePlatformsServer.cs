using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Connectors.FakePlatforms;

/// <summary>
/// tools/FakePlatforms started as a real process on a free port, with small Google pages (to exercise paging),
/// no restatement clock (the tests restate through the control API) and a generous request budget.
/// </summary>
public sealed class FakePlatformsServer : IAsyncLifetime
{
    public const int GooglePageSize = 50;

    /// <summary>More campaigns than Snapchat's smallest page (50), so its paging shows.</summary>
    public const int Campaigns = 55;

    private AppProcess? _process;

    /// <summary>A client that does not follow redirects, so a test reads the authorization endpoints' Location.</summary>
    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };

    public static string Dll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            var path = Path.Combine(TestEnvironment.RepositoryRoot, "tools", "FakePlatforms", "bin", configuration, "net10.0", "GrainMarketing.FakePlatforms.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("GrainMarketing.FakePlatforms.dll is not built", path);
        }
    }

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        Http.BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _process = AppProcess.Start("fake-platforms", Dll, new Dictionary<string, string>
        {
            ["Urls"] = Http.BaseAddress.ToString().TrimEnd('/'),
            ["FakePlatforms__CampaignsPerAccount"] = Campaigns.ToString(CultureInfo.InvariantCulture),
            ["FakePlatforms__GooglePageSize"] = GooglePageSize.ToString(CultureInfo.InvariantCulture),
            ["FakePlatforms__RestatementInterval"] = "00:00:00",
            ["FakePlatforms__RequestsPerMinute"] = "100000",
            ["FakePlatforms__RetryAfterSeconds"] = "30",
        });
        await _process.WaitUntilReadyAsync(new Uri(Http.BaseAddress, "_fake/health").ToString(), TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_process is not null)
        {
            await _process.StopAsync();
            await _process.DisposeAsync();
        }
    }

    /// <summary>The seeded account <paramref name="index"/> of a platform, as the control API lists it.</summary>
    public async Task<JsonObject> AccountAsync(string platform, int index = 0)
    {
        var all = (await Http.GetFromJsonAsync<JsonArray>("_fake/accounts"))!;
        return all.OfType<JsonObject>().Where(a => (string)a["platform"]! == platform).ElementAt(index);
    }

    /// <summary>An access token issued through the control API (the OAuth flows have their own tests).</summary>
    public async Task<string> TokenAsync(string platform, int? seconds = null)
    {
        var response = await Http.PostAsync($"_fake/{platform}/tokens" + (seconds is { } s ? $"?seconds={s}" : ""), null);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!;
    }

    public async Task<JsonObject> TruthAsync(string platform, string account, DateOnly since, DateOnly until, string level = "campaign", string breakdown = "")
    {
        var url = FormattableString.Invariant($"_fake/{platform}/accounts/{account}/truth?since={since:yyyy-MM-dd}&until={until:yyyy-MM-dd}&level={level}&breakdown={breakdown}");
        return (await Http.GetFromJsonAsync<JsonObject>(url))!;
    }

    public async Task ExpireAsync(string token) =>
        (await Http.PostAsJsonAsync("_fake/tokens/expire", new { token })).EnsureSuccessStatusCode();

    public async Task ThrottleAsync(string platform, int requests) =>
        (await Http.PostAsync($"_fake/{platform}/throttle?requests={requests}", null)).EnsureSuccessStatusCode();

    public async Task<int> RestateAsync(string platform, string account, DateOnly day)
    {
        var response = await Http.PostAsync(FormattableString.Invariant($"_fake/{platform}/accounts/{account}/restate?date={day:yyyy-MM-dd}"), null);
        response.EnsureSuccessStatusCode();
        return (int)(await response.Content.ReadFromJsonAsync<JsonObject>())!["revision"]!;
    }

    /// <summary>A PKCE pair computed here, independently of the server: a random verifier and its S256 challenge.</summary>
    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    /// <summary>The query parameters of a redirect's Location.</summary>
    public static Dictionary<string, string> Query(HttpResponseMessage redirect)
    {
        var location = redirect.Headers.Location ?? throw new InvalidOperationException($"no Location on {redirect.StatusCode}");
        return location.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));
    }

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static DateOnly Day(JsonNode? node) => DateOnly.ParseExact((string)node!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
