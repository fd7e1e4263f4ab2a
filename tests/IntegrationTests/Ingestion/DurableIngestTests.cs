using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace GrainMarketing.IntegrationTests.Ingestion;

/// <summary>
/// Postgres profile, real processes: what was acknowledged survives a silo killed under load, once, in
/// the campaigns, the demographic segments and the tenant rollup.
/// </summary>
public sealed class DurableIngestTests(ITestOutputHelper output)
{
    private const int Campaigns = 8;

    [Fact]
    public async Task KillingASiloUnderSustainedLoadLosesNothingAcknowledgedAndDoublesNothing()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        await cluster.StartAsync(silos: 2);
        using var api = (await cluster.CreateSignedInClientAsync()).Client;
        var tenant = TenantJson.UniqueId("durable");
        await TenantJson.CreateAsync(api, TenantJson.NewTenant(tenant, zone: "Etc/UTC"));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // Every batch is retried with its Idempotency-Key and event ids until acknowledged: a retry of a
        // batch that did commit must count once, and every batch ends up acknowledged exactly once.
        var acknowledged = 0L;
        var retries = 0;
        var load = Stopwatch.StartNew();
        var killed = false;
        for (var batch = 0; load.Elapsed < TimeSpan.FromSeconds(14); batch++)
        {
            if (!killed && load.Elapsed > TimeSpan.FromSeconds(4))
            {
                cluster.Silos[^1].Kill();
                killed = true;
            }

            var body = new StringBuilder();
            for (var i = 0; i < 50; i++)
            {
                body.Append(CultureInfo.InvariantCulture, $"{{\"platform\":\"meta\",\"campaignId\":\"c{i % Campaigns}\",\"date\":\"{today}\",\"age\":\"25-34\",\"gender\":\"female\",\"impressions\":1,\"clicks\":1,\"kind\":\"delta\",\"eventId\":\"b{batch}-{i}\"}}\n");
            }

            while (!await SendAsync(api, tenant, $"batch-{batch}", body.ToString()))
            {
                retries++;
                Assert.True(load.Elapsed < TimeSpan.FromSeconds(90), $"could not ingest after the kill\n{cluster.Output()}");
                await Task.Delay(200);
            }

            acknowledged += 50;
        }

        output.WriteLine($"{acknowledged} events acknowledged, {retries} retried requests");
        var settle = Stopwatch.StartNew();
        var campaignTotal = await Eventually.ReadAsync(() => ImpressionsAsync(api, tenant), total => total >= acknowledged, TimeSpan.FromSeconds(60));
        output.WriteLine($"campaign totals {campaignTotal} after {settle.Elapsed.TotalSeconds:F1} s");
        Assert.True(campaignTotal == acknowledged, $"campaigns hold {campaignTotal}, acknowledged {acknowledged}\n{cluster.Output()}");

        // Nothing more arrives later (a redelivery counted twice): each campaign applies its batches in order,
        // so once a marker sent now shows in every campaign, whatever was delivered before it has been applied.
        Assert.True(await SendAsync(api, tenant, "markers", Markers(today)), cluster.Output());
        Assert.Equal(Campaigns, await Eventually.ReadAsync(() => SpendAsync(api, tenant), spend => spend == Campaigns));
        var again = await ImpressionsAsync(api, tenant);
        Assert.Equal(acknowledged, again);

        // The tenant rollup and the demographic segments are fed by numbered campaign flushes: exactly once too.
        var summary = await Eventually.ReadAsync(() => api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analytics/summary?window=today"),
            s => s.GetProperty("totals").GetProperty("impressions").GetInt64() >= acknowledged);
        Assert.Equal(acknowledged, summary.GetProperty("totals").GetProperty("impressions").GetInt64());
        var segments = await Eventually.ReadAsync(() => api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/demographics/segments?dimension=age,gender&window=today"),
            s => s.GetProperty("segments").EnumerateArray().Sum(g => g.GetProperty("totals").GetProperty("impressions").GetInt64()) >= acknowledged);
        Assert.Equal(acknowledged, Assert.Single(segments.GetProperty("segments").EnumerateArray()).GetProperty("totals").GetProperty("impressions").GetInt64());
    }

    /// <summary>Every campaign's impressions today, summed; a campaign that has none yet counts nothing.</summary>
    private static async Task<long> ImpressionsAsync(HttpClient api, string tenant) =>
        (await TotalsAsync(api, tenant)).Sum(totals => totals.GetProperty("impressions").GetInt64());

    private static async Task<decimal> SpendAsync(HttpClient api, string tenant) =>
        (await TotalsAsync(api, tenant)).Sum(totals => totals.GetProperty("spend").GetDecimal());

    private static async Task<List<JsonElement>> TotalsAsync(HttpClient api, string tenant)
    {
        var found = new List<JsonElement>();
        for (var c = 0; c < Campaigns; c++)
        {
            using var response = await api.GetAsync($"api/v1/tenants/{tenant}/campaigns/meta:c{c}?window=today");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                found.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totals"));
            }
        }

        return found;
    }

    /// <summary>One event per campaign that spends 1 and shows nothing else.</summary>
    private static string Markers(string today) => string.Concat(Enumerable.Range(0, Campaigns).Select(c =>
        $"{{\"platform\":\"meta\",\"campaignId\":\"c{c}\",\"date\":\"{today}\",\"age\":\"25-34\",\"gender\":\"female\",\"impressions\":0,\"clicks\":0,\"spend\":1,\"kind\":\"delta\",\"eventId\":\"marker-{c}\"}}\n"));

    private static async Task<bool> SendAsync(HttpClient api, string tenant, string key, string ndjson)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/tenants/{tenant}/ingest/metrics")
            {
                Content = new StringContent(ndjson, Encoding.UTF8, "application/x-ndjson"),
            };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await api.SendAsync(request);
            return response.StatusCode == HttpStatusCode.Accepted;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
