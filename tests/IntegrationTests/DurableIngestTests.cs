using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace GrainMarketing.IntegrationTests;

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
        long campaignTotal = 0;
        var settle = Stopwatch.StartNew();
        while (settle.Elapsed < TimeSpan.FromSeconds(60))
        {
            campaignTotal = 0;
            for (var c = 0; c < Campaigns; c++)
            {
                using var response = await api.GetAsync($"api/v1/tenants/{tenant}/campaigns/meta:c{c}?window=today");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    campaignTotal += (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totals").GetProperty("impressions").GetInt64();
                }
            }

            if (campaignTotal >= acknowledged)
            {
                break;
            }

            await Task.Delay(250);
        }

        output.WriteLine($"campaign totals {campaignTotal} after {settle.Elapsed.TotalSeconds:F1} s");
        Assert.True(campaignTotal == acknowledged, $"campaigns hold {campaignTotal}, acknowledged {acknowledged}\n{cluster.Output()}");
        await Task.Delay(TimeSpan.FromSeconds(2));
        long again = 0;
        for (var c = 0; c < Campaigns; c++)
        {
            var answer = await api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:c{c}?window=today");
            again += answer.GetProperty("totals").GetProperty("impressions").GetInt64();
        }

        Assert.Equal(acknowledged, again);

        // The tenant rollup and the demographic segments are fed by numbered campaign flushes: exactly once too.
        var summary = await EventuallyAsync(api, $"api/v1/tenants/{tenant}/analytics/summary?window=today",
            s => s.GetProperty("totals").GetProperty("impressions").GetInt64() >= acknowledged);
        Assert.Equal(acknowledged, summary.GetProperty("totals").GetProperty("impressions").GetInt64());
        var segments = await EventuallyAsync(api, $"api/v1/tenants/{tenant}/demographics/segments?dimension=age,gender&window=today",
            s => s.GetProperty("segments").EnumerateArray().Sum(g => g.GetProperty("totals").GetProperty("impressions").GetInt64()) >= acknowledged);
        Assert.Equal(acknowledged, Assert.Single(segments.GetProperty("segments").EnumerateArray()).GetProperty("totals").GetProperty("impressions").GetInt64());
    }

    private static async Task<JsonElement> EventuallyAsync(HttpClient api, string url, Func<JsonElement, bool> done)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var value = await api.GetFromJsonAsync<JsonElement>(url);
            if (done(value) || deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                return value;
            }

            await Task.Delay(250);
        }
    }

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
