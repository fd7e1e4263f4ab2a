using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.RateLimiting;

/// <summary>
/// Rate limits over real HTTP, each on its own API host with small buckets that refill one token per
/// ten minutes, so nothing refills while a test runs: requests per caller, requests per address without
/// credentials, and ingested records per caller.
/// </summary>
public sealed class RateLimitTests(RateLimitTests.FewRequests requests, RateLimitTests.FewEvents events, RateLimitTests.FewAnonymous anonymous)
    : IClassFixture<RateLimitTests.FewRequests>, IClassFixture<RateLimitTests.FewEvents>, IClassFixture<RateLimitTests.FewAnonymous>
{
    private const string Slow = "00:10:00";

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task ACallersSixthRequestIsRefusedWhileAnotherCallerIsStillServed()
    {
        using var ann = (await requests.Cluster.CreateSignedInClientAsync()).Client;
        using var bob = (await requests.Cluster.CreateSignedInClientAsync()).Client;

        for (var i = 0; i < 5; i++)
        {
            using var served = await ann.GetAsync("api/v1/auth/me");
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        using var refused = await ann.GetAsync("api/v1/auth/me");
        var problem = await ProblemJson.ReadAsync(refused, HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.Contains("RateLimits:Requests", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(RetryAfterSeconds(refused), 1, 600);

        using var other = await bob.GetAsync("api/v1/auth/me");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(1, await RejectionsAsync(requests.Anonymous, "requests"));
    }

    [Fact]
    public async Task CallsWithoutCredentialsBeyondTheAddressLimitAreRefusedButHealthMetricsAndTheReferenceAreNot()
    {
        var api = anonymous.Anonymous;

        // The fixture's own sign-up (register, then login) took 2 of this address's 5 tokens.
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await api.PostAsJsonAsync("api/v1/auth/login", new { email = TestAccounts.NewEmail("nobody"), password = "not the password" });
            await ProblemJson.ReadAsync(wrong, HttpStatusCode.Unauthorized, "invalid-credentials");
        }

        using var refused = await api.PostAsJsonAsync("api/v1/auth/login", new { email = TestAccounts.NewEmail("nobody"), password = "not the password" });
        var problem = await ProblemJson.ReadAsync(refused, HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.Contains("RateLimits:Anonymous", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(RetryAfterSeconds(refused), 1, 600);

        foreach (var path in new[] { "health/live", "health/ready", "metrics", "openapi/v1.json", "scalar", "scalar/scalar.js" })
        {
            using var unlimited = await api.GetAsync(path);
            Assert.True(unlimited.IsSuccessStatusCode, $"{path} answered {(int)unlimited.StatusCode}");
        }

        using var signedIn = await anonymous.Api.GetAsync("api/v1/auth/me");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(1, await RejectionsAsync(api, "anonymous"));
    }

    [Fact]
    public async Task IngestionIsChargedPerRecordAndARefusedBatchChangesNothing()
    {
        var tenant = await NewTenantAsync();
        using var key = await IngestKeyClientAsync(tenant);
        var url = $"api/v1/tenants/{tenant}/ingest/metrics";

        using var first = await key.PostAsJsonAsync(url, new { items = Deltas("first", 60, impressions: 10, clicks: 1) });
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);

        using var second = await key.PostAsync(url, new StringContent(
            string.Join('\n', Deltas("second", 60, impressions: 1_000, clicks: 100).Select(d => JsonSerializer.Serialize(d))), Encoding.UTF8, "application/x-ndjson"));
        var problem = await ProblemJson.ReadAsync(second, HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.Contains("RateLimits:IngestEvents", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(RetryAfterSeconds(second), 1, 20 * 600);

        // Batches of one campaign apply in order: once this marker shows, anything sent before it would too.
        using var marker = await key.PostAsJsonAsync(url, new { items = new[] { Delta("marker", spend: 1m) } });
        Assert.Equal(HttpStatusCode.Accepted, marker.StatusCode);
        var totals = (await Eventually.ReadAsync(() => events.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:paced?window=7d"),
            c => c.GetProperty("totals").GetProperty("spend").GetDecimal() == 1m)).GetProperty("totals");
        Assert.Equal((600, 60, 1m), (totals.GetProperty("impressions").GetInt64(), totals.GetProperty("clicks").GetInt64(), totals.GetProperty("spend").GetDecimal()));
    }

    [Fact]
    public async Task AReplayedIdempotencyKeyIsNotChargedAgain()
    {
        var tenant = await NewTenantAsync();
        using var key = await IngestKeyClientAsync(tenant);
        var idempotencyKey = Guid.NewGuid().ToString("N");

        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/tenants/{tenant}/ingest/metrics/csv") { Content = Csv(60) };
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            using var sent = await key.SendAsync(request);
            Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
            var receipt = await sent.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((60, attempt == 1), (receipt.GetProperty("accepted").GetInt32(), receipt.GetProperty("replayed").GetBoolean()));
        }

        using var rest = await key.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items = Deltas("rest", 40, impressions: 1, clicks: 0) });
        Assert.Equal(HttpStatusCode.Accepted, rest.StatusCode);
        using var over = await key.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items = new[] { Delta("over") } });
        await ProblemJson.ReadAsync(over, HttpStatusCode.TooManyRequests, "rate-limited");
    }

    [Fact]
    public async Task CustomerEventsDrawOnTheSameBucketPerRecordAndARefusedRequestPublishesNothing()
    {
        var tenant = await NewTenantAsync();
        using var key = await IngestKeyClientAsync(tenant);
        var at = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O", CultureInfo.InvariantCulture);
        var transactions = Enumerable.Range(0, 60).Select(i => new { userId = $"u-{i}", amount = 1m, currency = "EUR", timestamp = at }).ToArray();

        using var first = await key.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/transactions", new { items = transactions });
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var csv = "userId,kind,campaign,timestamp\n" + string.Concat(Enumerable.Range(0, 41).Select(i => $"late-{i},viewed,spring,{at}\n"));
        using var refused = await key.PostAsync($"api/v1/tenants/{tenant}/ingest/engagements/csv", new StringContent(csv, Encoding.UTF8, "text/csv"));
        await ProblemJson.ReadAsync(refused, HttpStatusCode.TooManyRequests, "rate-limited");

        Assert.Equal(60L, await events.Cluster.QueryScalarAsync<long>($"SELECT count(*) FROM metric_journal WHERE stream_key LIKE 'user-events/{tenant}/%'"));
        using var rest = await key.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/engagements",
            new { items = Enumerable.Range(0, 40).Select(i => new { userId = "u-0", kind = "viewed", campaign = "spring", timestamp = at }).ToArray() });
        Assert.Equal(HttpStatusCode.Accepted, rest.StatusCode);
    }

    [Fact]
    public async Task ABatchLargerThanTheWholeBucketIsTooLargeAndTakesNothing()
    {
        var tenant = await NewTenantAsync();
        using var key = await IngestKeyClientAsync(tenant);

        using var json = await key.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items = Deltas("huge", 101, impressions: 1, clicks: 0) });
        var problem = await ProblemJson.ReadAsync(json, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        Assert.Contains("batches of at most 100 records", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var csv = await key.PostAsync($"api/v1/tenants/{tenant}/ingest/metrics/csv", Csv(101));
        await ProblemJson.ReadAsync(csv, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");

        using var full = await key.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items = Deltas("full", 100, impressions: 1, clicks: 0) });
        Assert.Equal(HttpStatusCode.Accepted, full.StatusCode);
    }

    /// <summary>A new tenant of the events fixture's admin.</summary>
    private async Task<string> NewTenantAsync()
    {
        var tenant = TenantJson.UniqueId("paced");
        await TenantJson.CreateAsync(events.Api, TenantJson.NewTenant(tenant, zone: "Etc/UTC"));
        return tenant;
    }

    /// <summary>A client that sends a new ingest key of <paramref name="tenant"/>: a caller with a bucket of its own.</summary>
    private async Task<HttpClient> IngestKeyClientAsync(string tenant)
    {
        var key = await TestAccounts.CreateKeyAsync(events.Api, tenant, "ingest");
        var client = events.Cluster.CreateApiClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static Dictionary<string, object?>[] Deltas(string prefix, int count, long impressions, long clicks) =>
        [.. Enumerable.Range(1, count).Select(i => Delta($"{prefix}-{i}", impressions, clicks))];

    private static Dictionary<string, object?> Delta(string eventId, long impressions = 0, long clicks = 0, decimal spend = 0) => new()
    {
        ["platform"] = "meta",
        ["campaignId"] = "paced",
        ["date"] = Today,
        ["impressions"] = impressions,
        ["clicks"] = clicks,
        ["spend"] = spend,
        ["kind"] = "delta",
        ["eventId"] = eventId,
    };

    /// <summary>A Meta Ads Manager export with <paramref name="rows"/> ads of one campaign.</summary>
    private static StringContent Csv(int rows) => new(
        "Campaign name,Ad name,Day,Impressions,Amount spent (EUR)\n"
            + string.Concat(Enumerable.Range(1, rows).Select(i => $"Exported,ad-{i},{Today},10,1.00\n")),
        Encoding.UTF8, "text/csv");

    private static long RetryAfterSeconds(HttpResponseMessage response) =>
        (long)(response.Headers.RetryAfter?.Delta ?? throw new InvalidOperationException("no Retry-After in seconds")).TotalSeconds;

    /// <summary>The host's count of refusals by <paramref name="limit"/>, once it shows on /metrics.</summary>
    private static async Task<long> RejectionsAsync(HttpClient api, string limit)
    {
        static string? Line(string scrape, string limit) => scrape.Split('\n').FirstOrDefault(l =>
            l.StartsWith("grainmarketing_ratelimit_rejections_total{", StringComparison.Ordinal) && l.Contains($"limit=\"{limit}\"", StringComparison.Ordinal));

        var scrape = await Eventually.ReadAsync(() => api.GetStringAsync("metrics"), scrape => Line(scrape, limit) is not null);
        var line = Line(scrape, limit);
        Assert.True(line is not null, $"no rejections by the {limit} limit on /metrics:\n{scrape}");
        return long.Parse(line[(line.IndexOf("} ", StringComparison.Ordinal) + 2)..].Split(' ')[0], CultureInfo.InvariantCulture);
    }

    /// <summary>Five requests per signed-in caller.</summary>
    public sealed class FewRequests : ApiCluster
    {
        protected override IDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["RateLimits__Requests__TokenLimit"] = "5",
            ["RateLimits__Requests__TokensPerPeriod"] = "1",
            ["RateLimits__Requests__ReplenishmentPeriod"] = Slow,
        };
    }

    /// <summary>A hundred ingested records per caller; requests as by default.</summary>
    public sealed class FewEvents : ApiCluster
    {
        protected override IDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["RateLimits__IngestEvents__TokenLimit"] = "100",
            ["RateLimits__IngestEvents__TokensPerPeriod"] = "1",
            ["RateLimits__IngestEvents__ReplenishmentPeriod"] = Slow,
        };
    }

    /// <summary>Five requests without credentials per client address.</summary>
    public sealed class FewAnonymous : ApiCluster
    {
        protected override IDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["RateLimits__Anonymous__TokenLimit"] = "5",
            ["RateLimits__Anonymous__TokensPerPeriod"] = "1",
            ["RateLimits__Anonymous__ReplenishmentPeriod"] = Slow,
        };
    }
}
