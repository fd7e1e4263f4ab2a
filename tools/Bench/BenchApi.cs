using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace GrainMarketing.Bench;

/// <summary>
/// The API routes the bench uses, for one tenant, over one pooled connection handler. Ingestion sends the
/// tenant's ingest key and every read sends its read key, each set once on its own client.
/// </summary>
internal sealed class BenchApi : IDisposable
{
    /// <summary>The separate campaign freshness probes go to.</summary>
    public const string ProbeCampaign = "meta:bench-probe";

    private const string KeyHeader = "X-Api-Key";
    private static readonly MediaTypeHeaderValue Ndjson = new("application/x-ndjson");
    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(30);

    private readonly SocketsHttpHandler _handler;
    private readonly HttpClient _ingest;
    private readonly HttpClient _read;
    private readonly HttpClient _admin;
    private readonly string _ingestPath;
    private int _reportedRefusals;
    private long _throttled;

    private BenchApi(SocketsHttpHandler handler, Uri api, string tenant, (string Ingest, string Read, string Admin, string Password) keys)
    {
        Tenant = tenant;
        Password = keys.Password;
        _handler = handler;
        _ingest = Client(handler, api, keys.Ingest);
        _read = Client(handler, api, keys.Read);
        _admin = Client(handler, api, keys.Admin);
        _ingestPath = $"api/v1/tenants/{tenant}/ingest";
    }

    public string Tenant { get; }

    /// <summary>The bench account's password, for signing in to the dashboard.</summary>
    public string Password { get; }

    /// <summary>Requests answered 429 so far, on any route: a run that shows some measured a rate limiter too.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Signs a new bench account up, creates <paramref name="tenant"/> as it and connects with the tenant's keys.</summary>
    public static async Task<BenchApi> CreateAsync(Uri api, string tenant, int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        try
        {
            return new BenchApi(handler, api, tenant, await BenchAccount.SetUpAsync(handler, api, tenant));
        }
        catch
        {
            handler.Dispose();
            throw;
        }
    }

    /// <summary>Posts an NDJSON body; the answer says whether it was accepted, whether a retry can help and when the API asked for it.</summary>
    public async Task<(bool Accepted, bool Retryable, TimeSpan? RetryAfter)> PostAsync(ReadOnlyMemory<byte> body, string records = "metrics")
    {
        using var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = Ndjson;
        try
        {
            using var response = await _ingest.PostAsync($"{_ingestPath}/{records}", content);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                return (true, false, null);
            }

            var throttled = CountThrottled(response);
            var retryable = throttled || (int)response.StatusCode >= 500;
            if (Interlocked.Increment(ref _reportedRefusals) <= 3)
            {
                var text = await response.Content.ReadAsStringAsync();
                await Console.Error.WriteLineAsync($"ingest refused: {(int)response.StatusCode} {text[..Math.Min(400, text.Length)]}");
            }

            return (false, retryable, throttled ? RetryAfter(response) : null);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return (false, true, null);
        }
    }

    /// <summary>
    /// Posts a body until it is accepted or refused for good (at most <paramref name="attempts"/> tries).
    /// A 429 waits as long as its Retry-After asks (at most 30 s), anything else 200 ms more each time.
    /// Resending is safe: every delta carries its event id and counts once.
    /// </summary>
    public async Task<(bool Accepted, int Retries)> PostWithRetriesAsync(ReadOnlyMemory<byte> body, int attempts = 4, string records = "metrics")
    {
        for (var attempt = 1; ; attempt++)
        {
            var (accepted, retryable, retryAfter) = await PostAsync(body, records);
            if (accepted || !retryable || attempt == attempts)
            {
                return (accepted, attempt - 1);
            }

            await Task.Delay(retryAfter ?? TimeSpan.FromMilliseconds(200 * attempt));
        }
    }

    /// <summary>One single-impression event for <see cref="ProbeCampaign"/>, event id <c>p{n}</c>.</summary>
    public static byte[] ProbeBody(long n, DateOnly today) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
        $"{{\"platform\":\"meta\",\"campaignId\":\"bench-probe\",\"date\":\"{today:yyyy-MM-dd}\",\"impressions\":1,\"kind\":\"delta\",\"eventId\":\"p{n}\"}}\n"));

    public string CampaignSummaryPath(string key) => $"api/v1/tenants/{Tenant}/campaigns/{key}?window=today";

    public string BreakdownPath(string key) => $"api/v1/tenants/{Tenant}/campaigns/{key}/breakdown?by=age,gender&window=7d";

    public string TenantSummaryPath => $"api/v1/tenants/{Tenant}/analytics/summary?window=7d";

    /// <summary>Creates something with the admin key (a rule, an alert channel) and returns the answer; throws with the API's reason otherwise.</summary>
    public async Task<JsonElement> CreateAsync(string path, object body)
    {
        using var response = await _admin.PostAsJsonAsync($"api/v1/tenants/{Tenant}/{path}", body);
        return response.IsSuccessStatusCode
            ? await response.Content.ReadFromJsonAsync<JsonElement>()
            : throw new InvalidOperationException($"creating {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Replaces something with the admin key (a connection's accounts) and returns the answer; throws with the API's reason otherwise.</summary>
    public async Task<JsonElement> PutAsync(string path, object body)
    {
        using var response = await _admin.PutAsJsonAsync($"api/v1/tenants/{Tenant}/{path}", body);
        return response.IsSuccessStatusCode
            ? await response.Content.ReadFromJsonAsync<JsonElement>()
            : throw new InvalidOperationException($"replacing {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Patches something with the admin key (a campaign's metadata); throws with the API's reason otherwise.</summary>
    public async Task PatchAsync(string path, object body)
    {
        using var response = await _admin.PatchAsJsonAsync($"api/v1/tenants/{Tenant}/{path}", body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"patching {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>A tenant route read with the read key, as JSON; throws with the API's reason when it does not answer 200.</summary>
    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await _read.GetAsync($"api/v1/tenants/{Tenant}/{path}");
        return response.IsSuccessStatusCode
            ? await response.Content.ReadFromJsonAsync<JsonElement>()
            : throw new InvalidOperationException($"reading {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A campaign's status as the API shows it, or null while it does not exist yet.</summary>
    public async Task<string?> CampaignStatusAsync(string key)
    {
        using var response = await _read.GetAsync($"api/v1/tenants/{Tenant}/campaigns/{key}?window=today");
        return response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("metadata").GetProperty("status").GetString()
            : null;
    }

    /// <summary>A query answered with success and its body read to the end.</summary>
    public async Task<bool> QueryAsync(string path)
    {
        using var response = await _read.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        if (response.IsSuccessStatusCode)
        {
            return true;
        }

        CountThrottled(response);
        return false;
    }

    /// <summary>The tenant's 7-day totals, or null when the API does not answer with them.</summary>
    public async Task<ObservedTotals?> TenantTotalsAsync() =>
        await TotalsAsync(TenantSummaryPath);

    /// <summary>Impressions of a campaign today; 0 while it does not exist yet.</summary>
    public async Task<long> CampaignImpressionsAsync(string key) =>
        (await TotalsAsync(CampaignSummaryPath(key)))?.Impressions ?? 0;

    public void Dispose()
    {
        _ingest.Dispose();
        _read.Dispose();
        _admin.Dispose();
        _handler.Dispose();
    }

    private static HttpClient Client(SocketsHttpHandler handler, Uri api, string key)
    {
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = api, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add(KeyHeader, key);
        return client;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var asked = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => (TimeSpan?)null,
        };
        return asked is { } wait ? TimeSpan.FromTicks(Math.Clamp(wait.Ticks, 0, LongestRetryAfter.Ticks)) : null;
    }

    private bool CountThrottled(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return false;
        }

        Interlocked.Increment(ref _throttled);
        return true;
    }

    private async Task<ObservedTotals?> TotalsAsync(string path)
    {
        using var response = await _read.GetAsync(path);
        if (!response.IsSuccessStatusCode)
        {
            CountThrottled(response);
            return null;
        }

        await using var stream = await response.Content.ReadAsStreamAsync();
        using var document = await JsonDocument.ParseAsync(stream);
        return ObservedTotals.FromJson(document.RootElement.GetProperty("totals"));
    }
}
