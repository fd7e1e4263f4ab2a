using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace GrainMarketing.Bench;

/// <summary>The API routes the bench uses, for one tenant, over one pooled connection handler.</summary>
internal sealed class BenchApi : IDisposable
{
    /// <summary>The separate campaign freshness probes go to.</summary>
    public const string ProbeCampaign = "meta:bench-probe";

    private static readonly MediaTypeHeaderValue Ndjson = new("application/x-ndjson");

    private readonly HttpClient _http;
    private int _reportedRefusals;

    public BenchApi(Uri api, string tenant, int connections)
    {
        Tenant = tenant;
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        {
            BaseAddress = api,
            Timeout = TimeSpan.FromMinutes(2),
        };
    }

    public string Tenant { get; }

    public async Task CreateTenantAsync()
    {
        using var response = await _http.PostAsJsonAsync("api/v1/tenants",
            new { id = Tenant, displayName = "Bench", timeZone = "Etc/UTC", currency = "USD" });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"creating tenant {Tenant}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Posts an NDJSON body; the answer says whether it was accepted and whether a retry can help.</summary>
    public async Task<(bool Accepted, bool Retryable)> PostAsync(ReadOnlyMemory<byte> body)
    {
        using var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = Ndjson;
        try
        {
            using var response = await _http.PostAsync($"api/v1/tenants/{Tenant}/ingest/metrics", content);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                return (true, false);
            }

            var retryable = response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500;
            if (Interlocked.Increment(ref _reportedRefusals) <= 3)
            {
                var text = await response.Content.ReadAsStringAsync();
                await Console.Error.WriteLineAsync($"ingest refused: {(int)response.StatusCode} {text[..Math.Min(400, text.Length)]}");
            }

            return (false, retryable);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return (false, true);
        }
    }

    /// <summary>
    /// Posts a body until it is accepted or refused for good (at most <paramref name="attempts"/> tries).
    /// Resending is safe: every delta carries its event id and counts once.
    /// </summary>
    public async Task<(bool Accepted, int Retries)> PostWithRetriesAsync(ReadOnlyMemory<byte> body, int attempts = 4)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (accepted, retryable) = await PostAsync(body);
            if (accepted || !retryable || attempt == attempts)
            {
                return (accepted, attempt - 1);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
        }
    }

    /// <summary>One single-impression event for <see cref="ProbeCampaign"/>, event id <c>p{n}</c>.</summary>
    public static byte[] ProbeBody(long n, DateOnly today) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
        $"{{\"platform\":\"meta\",\"campaignId\":\"bench-probe\",\"date\":\"{today:yyyy-MM-dd}\",\"impressions\":1,\"kind\":\"delta\",\"eventId\":\"p{n}\"}}\n"));

    public string CampaignSummaryPath(string key) => $"api/v1/tenants/{Tenant}/campaigns/{key}?window=today";

    public string BreakdownPath(string key) => $"api/v1/tenants/{Tenant}/campaigns/{key}/breakdown?by=age,gender&window=7d";

    public string TenantSummaryPath => $"api/v1/tenants/{Tenant}/analytics/summary?window=7d";

    /// <summary>A query answered with success and its body read to the end.</summary>
    public async Task<bool> QueryAsync(string path)
    {
        using var response = await _http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        return response.IsSuccessStatusCode;
    }

    /// <summary>The tenant's 7-day totals, or null when the API does not answer with them.</summary>
    public async Task<ObservedTotals?> TenantTotalsAsync() =>
        await TotalsAsync(TenantSummaryPath);

    /// <summary>Impressions of a campaign today; 0 while it does not exist yet.</summary>
    public async Task<long> CampaignImpressionsAsync(string key) =>
        (await TotalsAsync(CampaignSummaryPath(key)))?.Impressions ?? 0;

    public void Dispose() => _http.Dispose();

    private async Task<ObservedTotals?> TotalsAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        await using var stream = await response.Content.ReadAsStreamAsync();
        using var document = await JsonDocument.ParseAsync(stream);
        return ObservedTotals.FromJson(document.RootElement.GetProperty("totals"));
    }
}
