using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GrainMarketing.IntegrationTests.Connectors.FakePlatforms;

/// <summary>The fake Snapchat Marketing API over real HTTP: OAuth with PKCE and 1,800 s tokens, stats in micros, next_link paging, 429, PATCH.</summary>
[Collection(FakePlatformsCollection.Name)]
public sealed class SnapchatFakeTests(FakePlatformsServer server)
{
    private const string Redirect = "http://127.0.0.1:9/snapchat/callback";

    [Fact]
    public async Task OAuthRoundTripVerifiesPkceAndRefreshesAThirtyMinuteToken()
    {
        var (verifier, challenge) = FakePlatformsServer.Pkce();
        Assert.Equal(HttpStatusCode.BadRequest, (await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = await AuthorizeAsync(challenge), ["code_verifier"] = "wrong", ["redirect_uri"] = Redirect })).StatusCode);

        var granted = await FakePlatformsServer.JsonAsync(await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = await AuthorizeAsync(challenge), ["code_verifier"] = verifier, ["redirect_uri"] = Redirect }));
        Assert.Equal(1800, (int)granted["expires_in"]!);
        await server.ExpireAsync((string)granted["access_token"]!);
        var expired = await server.Http.SendAsync(Request(HttpMethod.Get, "snapchat/v1/me/organizations", (string)granted["access_token"]!));
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("ERROR", (string)(await FakePlatformsServer.JsonAsync(expired))["request_status"]!);

        var refreshed = await FakePlatformsServer.JsonAsync(await TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = (string)granted["refresh_token"]! }));
        var organizations = await server.Http.SendAsync(Request(HttpMethod.Get, "snapchat/v1/me/organizations", (string)refreshed["access_token"]!));
        Assert.Equal(HttpStatusCode.OK, organizations.StatusCode);
        Assert.Equal(3, (await FakePlatformsServer.JsonAsync(organizations))["organizations"]![0]!["organization"]!["ad_accounts"]!.AsArray().Count);
    }

    [Fact]
    public async Task DailyStatsInMicrosEqualTheTruthAndDimensionStatsSumToThem()
    {
        var account = await server.AccountAsync("snapchat");
        var (id, today) = ((string)account["id"]!, FakePlatformsServer.Day(account["today"]));
        var token = await server.TokenAsync("snapchat");
        var (since, until) = (today.AddDays(-5), today.AddDays(-1));
        var zone = TimeZoneInfo.FindSystemTimeZoneById((string)account["timeZone"]!);
        var stats = await GetAsync($"snapchat/v1/adaccounts/{id}/stats?granularity=DAY&breakdown=campaign&fields=impressions,swipes,spend,conversion_purchases&start_time={Time(since, zone)}&end_time={Time(until.AddDays(1), zone)}", token);

        var campaigns = stats["timeseries_stats"]![0]!["timeseries_stat"]!["breakdown_stats"]!["campaign"]!.AsArray();
        var truth = (await server.TruthAsync("snapchat", id, since, until))["rows"]!.AsArray().OfType<JsonObject>().ToDictionary(t => ((string)t["entity"]!, (string)t["date"]!));
        foreach (var campaign in campaigns)
        {
            foreach (var day in campaign!["timeseries"]!.AsArray())
            {
                var date = ((string)day!["start_time"]!)[..10];
                Assert.Equal((long)truth[((string)campaign["id"]!, date)]["spendMinor"]! * 10_000, (long)day["stats"]!["spend"]!);
            }
        }

        var first = (string)campaigns[0]!["id"]!;
        var demographic = await GetAsync($"snapchat/v1/campaigns/{first}/stats?granularity=DAY&report_dimension=age,gender&fields=spend&start_time={Time(until, zone)}&end_time={Time(until.AddDays(1), zone)}", token);
        var rows = demographic["timeseries_stats"]![0]!["timeseries_stat"]!["timeseries"]![0]!["dimension_stats"]!.AsArray();
        Assert.Equal((long)truth[(first, until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]["spendMinor"]! * 10_000, rows.Sum(r => (long)r!["spend"]!));
    }

    [Fact]
    public async Task CampaignPagesFollowNextLinkAndOverTheLimitAnswers429()
    {
        var id = (string)(await server.AccountAsync("snapchat", 1))["id"]!;
        var token = await server.TokenAsync("snapchat");
        var ids = new List<string>();
        for (string? next = $"snapchat/v1/adaccounts/{id}/campaigns?limit=50"; next is not null;)
        {
            var page = await GetAsync(next, token);
            ids.AddRange(page["campaigns"]!.AsArray().Select(c => (string)c!["campaign"]!["id"]!));
            next = (string?)page["paging"]?["next_link"];
        }

        Assert.Equal(FakePlatformsServer.Campaigns, ids.Distinct().Count());
        Assert.Equal(FakePlatformsServer.Campaigns, ids.Count);
        await server.ThrottleAsync("snapchat", 1);
        var throttled = await server.Http.SendAsync(Request(HttpMethod.Get, $"snapchat/v1/adaccounts/{id}/campaigns", token));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("ERROR", (string)(await FakePlatformsServer.JsonAsync(throttled))["request_status"]!);
    }

    [Fact]
    public async Task APatchedPauseAndBudgetShowOnTheNextReadAndAPartialPutIsRefused()
    {
        var listed = await server.AccountAsync("snapchat", 2);
        var (id, campaign) = ((string)listed["id"]!, (string)listed["campaigns"]![2]!["id"]!);
        var token = await server.TokenAsync("snapchat");

        var patched = await server.Http.SendAsync(Request(HttpMethod.Patch, $"snapchat/v1/adaccounts/{id}/campaigns", token, new { campaigns = new[] { new { id = campaign, status = "PAUSED", daily_budget_micro = 25_000_000L } } }));
        var partialPut = await server.Http.SendAsync(Request(HttpMethod.Put, $"snapchat/v1/adaccounts/{id}/campaigns", token, new { campaigns = new[] { new { id = campaign, status = "ACTIVE" } } }));

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, partialPut.StatusCode);
        var read = (await GetAsync($"snapchat/v1/campaigns/{campaign}", token))["campaigns"]![0]!["campaign"]!;
        Assert.Equal(("PAUSED", 25_000_000L), ((string)read["status"]!, (long)read["daily_budget_micro"]!));
    }

    private static string Time(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return Uri.EscapeDataString(new DateTimeOffset(local, zone.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
    }

    private async Task<string> AuthorizeAsync(string challenge)
    {
        var answer = await server.Http.GetAsync($"snapchat/login/oauth2/authorize?client_id=fake-snapchat-client&redirect_uri={Uri.EscapeDataString(Redirect)}&response_type=code&scope=snapchat-marketing-api&state=s9&code_challenge={challenge}&code_challenge_method=S256");
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var query = FakePlatformsServer.Query(answer);
        Assert.Equal("s9", query["state"]);
        return query["code"];
    }

    private Task<HttpResponseMessage> TokenAsync(Dictionary<string, string> form)
    {
        form["client_id"] = "fake-snapchat-client";
        form["client_secret"] = "fake-snapchat-secret";
        return server.Http.PostAsync("snapchat/login/oauth2/access_token", new FormUrlEncodedContent(form));
    }

    private async Task<JsonObject> GetAsync(string url, string token)
    {
        var response = await server.Http.SendAsync(Request(HttpMethod.Get, url, token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await FakePlatformsServer.JsonAsync(response);
    }

    private static HttpRequestMessage Request(HttpMethod method, string url, string token, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", token);
        return request;
    }
}
