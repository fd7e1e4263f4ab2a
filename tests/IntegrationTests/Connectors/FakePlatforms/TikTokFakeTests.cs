using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GrainMarketing.IntegrationTests.Connectors.FakePlatforms;

/// <summary>The fake TikTok API for Business over real HTTP: auth_code exchange, paged reports, audience breakdowns, code 40100, write-back.</summary>
[Collection(FakePlatformsCollection.Name)]
public sealed class TikTokFakeTests(FakePlatformsServer server)
{
    private const string Api = "tiktok/open_api/v1.3";

    [Fact]
    public async Task TheAuthCodeExchangesOnceForATokenListingTheAdvertisers()
    {
        var answer = await server.Http.GetAsync($"tiktok/portal/auth?app_id=fake-tiktok-app&state=t1&redirect_uri={Uri.EscapeDataString("http://127.0.0.1:9/tiktok/callback")}");
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var query = FakePlatformsServer.Query(answer);
        Assert.Equal("t1", query["state"]);

        var badSecret = await FakePlatformsServer.JsonAsync(await server.Http.PostAsJsonAsync($"{Api}/oauth2/access_token/", new { app_id = "fake-tiktok-app", secret = "nope", auth_code = query["auth_code"] }));
        var granted = await FakePlatformsServer.JsonAsync(await server.Http.PostAsJsonAsync($"{Api}/oauth2/access_token/", new { app_id = "fake-tiktok-app", secret = "fake-tiktok-secret", auth_code = query["auth_code"] }));
        var replay = await FakePlatformsServer.JsonAsync(await server.Http.PostAsJsonAsync($"{Api}/oauth2/access_token/", new { app_id = "fake-tiktok-app", secret = "fake-tiktok-secret", auth_code = query["auth_code"] }));

        Assert.Equal(40001, (int)badSecret["code"]!);
        Assert.Equal(0, (int)granted["code"]!);
        Assert.Equal(3, granted["data"]!["advertiser_ids"]!.AsArray().Count);
        Assert.NotEqual(0, (int)replay["code"]!);
        var advertisers = await GetAsync($"{Api}/oauth2/advertiser/get/?app_id=fake-tiktok-app&secret=fake-tiktok-secret", (string)granted["data"]!["access_token"]!);
        Assert.Equal(3, advertisers["data"]!["list"]!.AsArray().Count);
    }

    [Fact]
    public async Task ReportPagesCoverEveryRowOnceAndTheAudienceReportSumsToTheTotal()
    {
        var account = await server.AccountAsync("tiktok", 1);
        var (id, today) = ((string)account["id"]!, FakePlatformsServer.Day(account["today"]));
        var token = await server.TokenAsync("tiktok");
        var (since, until) = (today.AddDays(-6), today.AddDays(-1));
        var rows = new List<JsonObject>();
        var totalPages = 1;
        for (var page = 1; page <= totalPages; page++)
        {
            var answer = await GetAsync(Report(id, "BASIC", """["campaign_id","stat_time_day"]""", since, until) + $"&page={page}&page_size=100", token);
            Assert.Equal(0, (int)answer["code"]!);
            rows.AddRange(answer["data"]!["list"]!.AsArray().OfType<JsonObject>());
            totalPages = (int)answer["data"]!["page_info"]!["total_page"]!;
        }

        Assert.True(totalPages > 1);
        var truth = (await server.TruthAsync("tiktok", id, since, until))["rows"]!.AsArray().OfType<JsonObject>().Where(t => (long)t["impressions"]! > 0)
            .ToDictionary(t => ((string)t["entity"]!, (string)t["date"]! + " 00:00:00"));
        Assert.Equal(truth.Count, rows.Select(r => ((string)r["dimensions"]!["campaign_id"]!, (string)r["dimensions"]!["stat_time_day"]!)).Distinct().Count());
        Assert.Equal(truth.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal((string)truth[((string)r["dimensions"]!["campaign_id"]!, (string)r["dimensions"]!["stat_time_day"]!)]["spend"]!, (string)r["metrics"]!["spend"]!));

        var audience = await GetAsync(Report(id, "AUDIENCE", """["campaign_id","age","gender"]""", until, until) + "&page_size=1000", token);
        var audienceSpend = audience["data"]!["list"]!.AsArray().Sum(r => decimal.Parse((string)r!["metrics"]!["spend"]!, CultureInfo.InvariantCulture));
        Assert.Equal(decimal.Parse((string)(await server.TruthAsync("tiktok", id, until, until))["total"]!["spend"]!, CultureInfo.InvariantCulture), audienceSpend);
    }

    [Fact]
    public async Task ThrottlingAnswersHttp200WithCode40100AndAnExpiredTokenGetsCode40105()
    {
        var id = (string)(await server.AccountAsync("tiktok"))["id"]!;
        var token = await server.TokenAsync("tiktok");
        await server.ThrottleAsync("tiktok", 1);

        var throttled = await server.Http.SendAsync(Request($"{Api}/campaign/get/?advertiser_id={id}", token));
        Assert.Equal(HttpStatusCode.OK, throttled.StatusCode);
        Assert.Equal(40100, (int)(await FakePlatformsServer.JsonAsync(throttled))["code"]!);
        Assert.Equal(0, (int)(await GetAsync($"{Api}/campaign/get/?advertiser_id={id}", token))["code"]!);

        await server.ExpireAsync(token);
        Assert.Equal(40105, (int)(await GetAsync($"{Api}/campaign/get/?advertiser_id={id}", token))["code"]!);
    }

    [Fact]
    public async Task ADisableAndAMajorUnitBudgetShowOnTheNextCampaignRead()
    {
        var listed = await server.AccountAsync("tiktok", 2);
        var (id, campaign) = ((string)listed["id"]!, (string)listed["campaigns"]![0]!["id"]!);
        var token = await server.TokenAsync("tiktok");

        var disabled = await PostAsync($"{Api}/campaign/status/update/", token, new { advertiser_id = id, campaign_ids = new[] { campaign }, operation_status = "DISABLE" });
        var budget = await PostAsync($"{Api}/campaign/update/", token, new { advertiser_id = id, campaign_id = campaign, budget = 123.45 });

        Assert.Equal((0, 0), ((int)disabled["code"]!, (int)budget["code"]!));
        var read = (await GetAsync($"{Api}/campaign/get/?advertiser_id={id}&page_size=100", token))["data"]!["list"]!.AsArray().Single(c => (string)c!["campaign_id"]! == campaign)!;
        Assert.Equal(("DISABLE", 123.45), ((string)read["operation_status"]!, (double)read["budget"]!));
    }

    private static string Report(string id, string type, string dimensions, DateOnly since, DateOnly until) =>
        FormattableString.Invariant($"{Api}/report/integrated/get/?advertiser_id={id}&report_type={type}&data_level=AUCTION_CAMPAIGN&dimensions={Uri.EscapeDataString(dimensions)}&metrics={Uri.EscapeDataString("""["spend","impressions","clicks","conversion"]""")}&start_date={since:yyyy-MM-dd}&end_date={until:yyyy-MM-dd}");

    private async Task<JsonObject> GetAsync(string url, string token) =>
        await FakePlatformsServer.JsonAsync(await server.Http.SendAsync(Request(url, token)));

    private async Task<JsonObject> PostAsync(string url, string token, object body)
    {
        var request = Request(url, token, HttpMethod.Post);
        request.Content = JsonContent.Create(body);
        return await FakePlatformsServer.JsonAsync(await server.Http.SendAsync(request));
    }

    private static HttpRequestMessage Request(string url, string token, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        request.Headers.Add("Access-Token", token);
        return request;
    }
}
