using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Ingestion;

/// <summary>Metric ingestion and campaign queries over real HTTP against real processes.</summary>
[Collection(ApiCollection.Name)]
public sealed class MetricsApiTests(ApiCluster fixture)
{
    private readonly HttpClient _api = fixture.Api;

    [Fact]
    public async Task AJsonBatchIsAcceptedAndItsTotalsBecomeQueryable()
    {
        var tenant = await NewTenantAsync();
        using var response = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new
        {
            items = new object[]
            {
                Row("c1", age: "25-34", gender: "F", impressions: 1000, clicks: 50, spend: 25.5m, conversions: 5, value: 200m),
                Row("c1", age: "35-44", gender: "M", impressions: 500, clicks: 10, spend: 10m, conversions: 1, value: 30m),
                Row("c2", age: "25-34", gender: "F", impressions: 10, clicks: 1, spend: 0.1m, conversions: 0, value: 0m),
            },
        });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, receipt.GetProperty("accepted").GetInt32());
        Assert.Equal(2, receipt.GetProperty("campaigns").GetInt32());

        var campaign = await Eventually.ReadAsync(() => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:c1?window=7d"), c => Totals(c).GetProperty("impressions").GetInt64() == 1500);
        Assert.Equal(60, Totals(campaign).GetProperty("clicks").GetInt64());
        Assert.Equal(35.5m, Totals(campaign).GetProperty("spend").GetDecimal());
        Assert.Equal(decimal.Round(230m / 35.5m, 6), campaign.GetProperty("kpis").GetProperty("roas").GetDecimal());
        Assert.Equal(Today, campaign.GetProperty("freshness").GetProperty("latestDate").GetString());

        var breakdown = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:c1/breakdown?by=age,gender&window=today");
        var keys = breakdown.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()).ToList();
        Assert.Equal(["25-34|female", "35-44|male"], keys);

        var list = await Eventually.ReadAsync(() => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns?window=today&sort=impressions&order=asc"), l => l.GetProperty("total").GetInt32() == 2);
        Assert.Equal(["meta:c2", "meta:c1"], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task ArrivalWindowsAndMinuteSeriesShowWhatJustArrived()
    {
        var tenant = await NewTenantAsync();
        using var response = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics",
            new { items = new object[] { Row("live", age: "18-24", gender: "F", impressions: 700, clicks: 7, spend: 3.5m) } });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var recent = await Eventually.ReadAsync(() => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:live?window=15m"), c => Totals(c).GetProperty("impressions").GetInt64() == 700);
        Assert.Equal(3.5m, Totals(recent).GetProperty("spend").GetDecimal());

        var series = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:live/timeseries?granularity=minute&window=15m");
        Assert.Equal(15, series.GetArrayLength());
        Assert.Equal(700, series.EnumerateArray().Sum(p => p.GetProperty("totals").GetProperty("impressions").GetInt64()));

        var summary = await Eventually.ReadAsync(() => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analytics/summary?window=1h"), s => s.GetProperty("totals").GetProperty("impressions").GetInt64() == 700);
        Assert.Equal(7, summary.GetProperty("totals").GetProperty("clicks").GetInt64());

        using var breakdown = await _api.GetAsync($"api/v1/tenants/{tenant}/campaigns/meta:live/breakdown?by=age&window=15m");
        var problem = await ProblemJson.ReadAsync(breakdown, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["window"], ProblemJson.ErrorFields(problem));
    }

    [Fact]
    public async Task TheLiveFeedPushesTodaysNumbersAndTheCampaignsThatChanged()
    {
        var tenant = await NewTenantAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/tenants/{tenant}/live");
        using var response = await _api.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));

        var first = await LiveFeed.NextUpdateAsync(events, cancel.Token);
        Assert.Equal(0, first.GetProperty("today").GetProperty("totals").GetProperty("impressions").GetInt64());
        using var ingest = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics",
            new { items = new object[] { Row("streamed", impressions: 42, clicks: 2, spend: 1m) } });
        Assert.Equal(HttpStatusCode.Accepted, ingest.StatusCode);

        JsonElement update;
        do
        {
            update = await LiveFeed.NextUpdateAsync(events, cancel.Token);
        }
        while (update.GetProperty("changed").GetArrayLength() == 0);

        var changed = Assert.Single(update.GetProperty("changed").EnumerateArray());
        Assert.Equal("meta:streamed", changed.GetProperty("id").GetString());
        Assert.Equal(42, Totals(changed).GetProperty("impressions").GetInt64());
        Assert.Equal(42, update.GetProperty("today").GetProperty("totals").GetProperty("impressions").GetInt64());
    }

    [Fact]
    public async Task ACrossOfDimensionsASourceReportsOnlySeparatelySaysWhichSourceIsMissing()
    {
        var tenant = await NewTenantAsync();
        var google = (string? age, string? gender, long impressions) => new Dictionary<string, object?>(Row("search", age: age, gender: gender, impressions: impressions))
        {
            ["platform"] = "google",
        };
        using var response = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new
        {
            items = new object[]
            {
                Row("social", age: "25-34", gender: "F", impressions: 100),
                google("25-34", null, 40),
                google(null, "F", 40),
            },
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var cross = await Eventually.ReadAsync(() => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/demographics/segments?dimension=age,gender&window=today"),
            s => s.GetProperty("segments").GetArrayLength() == 1 && s.GetProperty("missingSources").GetArrayLength() == 1);
        var missing = Assert.Single(cross.GetProperty("missingSources").EnumerateArray());
        Assert.Equal("google", missing.GetProperty("platform").GetString());
        Assert.Equal("reports age and gender but never age+gender together", missing.GetProperty("reason").GetString());
        Assert.Equal(100, Assert.Single(cross.GetProperty("segments").EnumerateArray()).GetProperty("totals").GetProperty("impressions").GetInt64());

        var byAge = await Eventually.ReadAsync(() => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/demographics/segments?dimension=age&window=today"),
            s => s.GetProperty("segments").EnumerateArray().Sum(g => g.GetProperty("totals").GetProperty("impressions").GetInt64()) == 140);
        Assert.Equal(0, byAge.GetProperty("missingSources").GetArrayLength());
    }

    [Fact]
    public async Task ARetriedRequestWithTheSameIdempotencyKeyIsANoOp()
    {
        var tenant = await NewTenantAsync();
        // The retry carries a new event id: only the key can make it a no-op.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/tenants/{tenant}/ingest/metrics")
            {
                Content = JsonContent.Create(new { items = new object[] { Row("c1", kind: "delta", eventId: $"fresh-id-{attempt}", clicks: 3) } }),
            };
            request.Headers.Add("Idempotency-Key", "batch-42");
            using var response = await _api.SendAsync(request);
            var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(attempt == 1, receipt.GetProperty("replayed").GetBoolean());
        }

        var campaign = await Eventually.ReadAsync(() => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:c1"), c => Totals(c).GetProperty("clicks").GetInt64() > 0);
        Assert.Equal(3, Totals(campaign).GetProperty("clicks").GetInt64());
    }

    [Fact]
    public async Task NdjsonDeltasWithTheSameEventIdCountOnce()
    {
        var tenant = await NewTenantAsync();
        var line = JsonSerializer.Serialize(Row("c9", kind: "delta", eventId: "click-1", clicks: 1, spend: 0.4m));
        var content = new StringContent($"{line}\n{line}\n\n{JsonSerializer.Serialize(Row("c9", kind: "delta", eventId: "click-2", clicks: 1, spend: 0.6m))}\n",
            Encoding.UTF8, "application/x-ndjson");

        using var response = await _api.PostAsync($"api/v1/tenants/{tenant}/ingest/metrics", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var campaign = await Eventually.ReadAsync(() => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:c9"), c => Totals(c).GetProperty("clicks").GetInt64() >= 2);
        Assert.Equal(2, Totals(campaign).GetProperty("clicks").GetInt64());
        Assert.Equal(1.0m, Totals(campaign).GetProperty("spend").GetDecimal());
    }

    [Fact]
    public async Task NdjsonLinesSpanningManyReadsWithCrLfAndNoFinalNewlineAllCount()
    {
        var tenant = await NewTenantAsync();
        var body = new StringBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            body.Append(JsonSerializer.Serialize(Row("long", kind: "delta", eventId: $"e-{i}", clicks: 1, spend: 0.01m))).Append("\r\n");
        }

        using var response = await _api.PostAsync($"api/v1/tenants/{tenant}/ingest/metrics",
            new StringContent(body.ToString().TrimEnd(), Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(5_000, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
        var campaign = await Eventually.ReadAsync(() => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:long"), c => Totals(c).GetProperty("clicks").GetInt64() >= 5_000);
        Assert.Equal(5_000, Totals(campaign).GetProperty("clicks").GetInt64());
        Assert.Equal(50m, Totals(campaign).GetProperty("spend").GetDecimal());
    }

    [Fact]
    public async Task AnUnreadableNdjsonLineRejectsTheRequestNamingTheLineAndField()
    {
        var tenant = await NewTenantAsync();
        var good = JsonSerializer.Serialize(Row("c1", impressions: 5));
        var content = new StringContent($"{good}\n\n{{\"platform\":\"meta\",\"campaignId\":\"c1\",\"impressions\":\"ten\"}}\n{good}",
            Encoding.UTF8, "application/x-ndjson");

        using var response = await _api.PostAsync($"api/v1/tenants/{tenant}/ingest/metrics", content);

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["line 3"], ProblemJson.ErrorFields(problem));
        Assert.Equal("impressions: unreadable value.", problem.GetProperty("errors").GetProperty("line 3")[0].GetString());
        using var campaign = await _api.GetAsync($"api/v1/tenants/{tenant}/campaigns/meta:c1");
        Assert.Equal(HttpStatusCode.NotFound, campaign.StatusCode);
    }

    [Fact]
    public async Task ABatchWithAnyInvalidItemIsRejectedWholeNamingEveryProblem()
    {
        var tenant = await NewTenantAsync();
        using var response = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new
        {
            items = new object[]
            {
                Row("ok-campaign", impressions: 5),
                new { platform = "myspace", campaignId = "bad id", date = "2026-02-30", impressions = -1, kind = "delta" },
            },
        });

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["items[1].campaignId", "items[1].date", "items[1].eventId", "items[1].impressions", "items[1].platform"],
            ProblemJson.ErrorFields(problem));
        using var listed = await _api.GetAsync($"api/v1/tenants/{tenant}/campaigns/meta:ok-campaign");
        Assert.Equal(HttpStatusCode.NotFound, listed.StatusCode);
    }

    [Fact]
    public async Task IngestingForAnUnknownTenantIs404()
    {
        using var response = await _api.PostAsJsonAsync($"api/v1/tenants/{TenantJson.UniqueId("nobody")}/ingest/metrics",
            new { items = new object[] { Row("c1") } });
        await ProblemJson.ReadAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Theory]
    [InlineData("window=fortnight", "window")]
    [InlineData("window=custom&from=2026-01-05&to=2026-01-01", "to")]
    [InlineData("window=custom&from=yesterday", "from")]
    [InlineData("sort=likes", "sort")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("platform=myspace", "platform")]
    public async Task BadQueryParametersAreNamed(string query, string field)
    {
        var tenant = await NewTenantAsync();
        using var response = await _api.GetAsync($"api/v1/tenants/{tenant}/campaigns?{query}");
        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Contains(field, ProblemJson.ErrorFields(problem));
    }

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> NewTenantAsync()
    {
        var id = TenantJson.UniqueId("metrics");
        await TenantJson.CreateAsync(_api, TenantJson.NewTenant(id, zone: "Etc/UTC"));
        return id;
    }

    private static Dictionary<string, object?> Row(
        string campaign, string? age = null, string? gender = null, long impressions = 0, long clicks = 0, decimal spend = 0,
        decimal conversions = 0, decimal value = 0, string kind = "snapshot", string? eventId = null) => new()
        {
            ["platform"] = "meta",
            ["campaignId"] = campaign,
            ["date"] = Today,
            ["age"] = age,
            ["gender"] = gender,
            ["impressions"] = impressions,
            ["clicks"] = clicks,
            ["spend"] = spend,
            ["conversions"] = conversions,
            ["conversionValue"] = value,
            ["kind"] = kind,
            ["eventId"] = eventId,
        };

    private static JsonElement Totals(JsonElement campaign) => campaign.GetProperty("totals");
}
