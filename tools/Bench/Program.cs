using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

// Ingest benchmark against a running API host (start it with scripts/run.sh --no-simulator):
//   1. sustained ingest: C concurrent clients post NDJSON batches of B delta events for S seconds;
//      the rate counts events from the first request to the moment all of them are visible in the
//      tenant summary (not merely accepted);
//   2. freshness: single-event posts, each timed from the 202 to the change showing in a query;
//   3. query latency: 64 clients query campaign summaries and breakdowns while 2 clients keep ingesting.
//   dotnet run -c Release --project tools/Bench -- --api http://localhost:8080 --seconds 30 --concurrency 8 --batch 1000
var api = Arg("--api", "http://localhost:8080");
var seconds = int.Parse(Arg("--seconds", "30"), CultureInfo.InvariantCulture);
var concurrency = int.Parse(Arg("--concurrency", "8"), CultureInfo.InvariantCulture);
var batchSize = int.Parse(Arg("--batch", "1000"), CultureInfo.InvariantCulture);
var campaigns = int.Parse(Arg("--campaigns", "64"), CultureInfo.InvariantCulture);
var samples = int.Parse(Arg("--samples", "200"), CultureInfo.InvariantCulture);

using var http = new HttpClient { BaseAddress = new Uri(api), Timeout = TimeSpan.FromMinutes(2) };
var tenant = $"bench-{Guid.NewGuid():N}"[..16];
(await http.PostAsJsonAsync("api/v1/tenants", new { id = tenant, displayName = "Bench", timeZone = "Etc/UTC", currency = "USD" })).EnsureSuccessStatusCode();
var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
var ages = new[] { "18-24", "25-34", "35-44", "45-54" };
var genders = new[] { "female", "male" };

long accepted = 0, failed = 0, requests = 0;
var run = Stopwatch.StartNew();
var until = TimeSpan.FromSeconds(seconds);
var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
{
    var body = new StringBuilder(batchSize * 260);
    for (var round = 0L; run.Elapsed < until; round++)
    {
        body.Clear();
        for (var i = 0; i < batchSize; i++)
        {
            var n = (round * batchSize) + i;
            body.Append("{\"platform\":\"meta\",\"campaignId\":\"c").Append((n + worker) % campaigns)
                .Append("\",\"date\":\"").Append(today)
                .Append("\",\"age\":\"").Append(ages[n % ages.Length])
                .Append("\",\"gender\":\"").Append(genders[(n / 4) % 2])
                .Append("\",\"impressions\":1,\"clicks\":").Append(n % 50 == 0 ? 1 : 0)
                .Append(",\"spend\":0.002,\"kind\":\"delta\",\"eventId\":\"w").Append(worker).Append('-').Append(n).Append("\"}\n");
        }

        using var response = await http.PostAsync($"api/v1/tenants/{tenant}/ingest/metrics",
            new StringContent(body.ToString(), Encoding.UTF8, "application/x-ndjson"));
        Interlocked.Increment(ref requests);
        if (response.IsSuccessStatusCode)
        {
            Interlocked.Add(ref accepted, batchSize);
        }
        else
        {
            Interlocked.Add(ref failed, batchSize);
        }
    }
})).ToList();
await Task.WhenAll(workers);
var acceptedIn = run.Elapsed;

while (await ImpressionsAsync("today") < accepted)
{
    await Task.Delay(10);
}

var visibleIn = run.Elapsed;
Console.WriteLine($"ingest: {accepted:N0} events accepted ({failed:N0} failed) in {requests:N0} requests of {batchSize}, {concurrency} clients");
Console.WriteLine($"ingest: accepted {accepted / acceptedIn.TotalSeconds:N0} events/s; visible {accepted / visibleIn.TotalSeconds:N0} events/s (all visible {(visibleIn - acceptedIn).TotalMilliseconds:N0} ms after the last 202)");

var latencies = new List<double>();
for (var i = 0; i < samples; i++)
{
    var line = $"{{\"platform\":\"meta\",\"campaignId\":\"fresh\",\"date\":\"{today}\",\"impressions\":1,\"kind\":\"delta\",\"eventId\":\"f-{i}\"}}\n";
    using var response = await http.PostAsync($"api/v1/tenants/{tenant}/ingest/metrics", new StringContent(line, Encoding.UTF8, "application/x-ndjson"));
    response.EnsureSuccessStatusCode();
    var acknowledged = Stopwatch.StartNew();
    while (await CampaignImpressionsAsync("fresh") < i + 1)
    {
        await Task.Delay(1);
    }

    latencies.Add(acknowledged.Elapsed.TotalMilliseconds);
}

latencies.Sort();
Console.WriteLine($"freshness (campaign query, idle): p50 {Percentile(0.50):N1} ms, p99 {Percentile(0.99):N1} ms over {samples} samples");

// 3. Query latency while ingesting: 64 clients alternate a campaign summary and a demographic
//    breakdown while 2 clients keep posting batches.
var queryClients = int.Parse(Arg("--query-clients", "64"), CultureInfo.InvariantCulture);
using var ingesting = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Max(10, seconds / 2)));
var background = Enumerable.Range(0, 2).Select(worker => Task.Run(async () =>
{
    for (var round = 0L; !ingesting.IsCancellationRequested; round++)
    {
        var body = new StringBuilder();
        for (var i = 0; i < batchSize; i++)
        {
            body.Append("{\"platform\":\"meta\",\"campaignId\":\"c").Append(i % campaigns).Append("\",\"date\":\"").Append(today)
                .Append("\",\"age\":\"").Append(ages[i % ages.Length]).Append("\",\"gender\":\"female\",\"impressions\":1,\"kind\":\"delta\",\"eventId\":\"q")
                .Append(worker).Append('-').Append(round).Append('-').Append(i).Append("\"}\n");
        }

        using var response = await http.PostAsync($"api/v1/tenants/{tenant}/ingest/metrics", new StringContent(body.ToString(), Encoding.UTF8, "application/x-ndjson"));
    }
})).ToList();
var summaryTimes = new System.Collections.Concurrent.ConcurrentBag<double>();
var breakdownTimes = new System.Collections.Concurrent.ConcurrentBag<double>();
var queries = Enumerable.Range(0, queryClients).Select(client => Task.Run(async () =>
{
    for (var i = 0; !ingesting.IsCancellationRequested; i++)
    {
        var timer = Stopwatch.StartNew();
        if (i % 2 == 0)
        {
            using var response = await http.GetAsync($"api/v1/tenants/{tenant}/campaigns/meta:c{(client + i) % campaigns}?window=today");
            response.EnsureSuccessStatusCode();
            summaryTimes.Add(timer.Elapsed.TotalMilliseconds);
        }
        else
        {
            using var response = await http.GetAsync($"api/v1/tenants/{tenant}/campaigns/meta:c{(client + i) % campaigns}/breakdown?by=age,gender&window=today");
            response.EnsureSuccessStatusCode();
            breakdownTimes.Add(timer.Elapsed.TotalMilliseconds);
        }
    }
})).ToList();
await Task.WhenAll(queries.Concat(background));
Report("campaign summary", summaryTimes);
Report("campaign breakdown by age,gender", breakdownTimes);
return 0;

void Report(string what, IEnumerable<double> times)
{
    var sorted = times.Order().ToList();
    Console.WriteLine($"query {what} while ingesting, {queryClients} clients: p50 {At(sorted, 0.50):N1} ms, p99 {At(sorted, 0.99):N1} ms over {sorted.Count:N0} queries");
}

static double At(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];

async Task<long> ImpressionsAsync(string window) =>
    (await http.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analytics/summary?window={window}"))
        .GetProperty("totals").GetProperty("impressions").GetInt64();

async Task<long> CampaignImpressionsAsync(string campaign)
{
    using var response = await http.GetAsync($"api/v1/tenants/{tenant}/campaigns/meta:{campaign}?window=today");
    return response.IsSuccessStatusCode
        ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totals").GetProperty("impressions").GetInt64()
        : 0;
}

string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
