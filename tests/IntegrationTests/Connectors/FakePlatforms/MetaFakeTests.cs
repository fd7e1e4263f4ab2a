using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace GrainMarketing.IntegrationTests.Connectors.FakePlatforms;

/// <summary>The fake Graph API over real HTTP: OAuth with PKCE, insights paging, async runs, throttling, expiry, write-back.</summary>
[Collection(FakePlatformsCollection.Name)]
public sealed class MetaFakeTests(FakePlatformsServer server)
{
    private const string Redirect = "http://127.0.0.1:9/meta/callback";
    private const string App = "client_id=fake-meta-app&client_secret=fake-meta-secret";

    [Fact]
    public async Task OAuthRoundTripVerifiesPkceSpendsCodesOnceAndExchangesForALongLivedToken()
    {
        var http = server.Http;
        var (verifier, challenge) = FakePlatformsServer.Pkce();

        var wrongCode = await AuthorizeAsync(challenge, "first");
        var wrong = await http.GetAsync($"meta/v24.0/oauth/access_token?{App}&redirect_uri={Uri.EscapeDataString(Redirect)}&code={wrongCode}&code_verifier=not-the-verifier");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(100, (int)(await FakePlatformsServer.JsonAsync(wrong))["error"]!["code"]!);

        var code = await AuthorizeAsync(challenge, "second");
        var exchange = $"meta/v24.0/oauth/access_token?{App}&redirect_uri={Uri.EscapeDataString(Redirect)}&code={code}&code_verifier={verifier}";
        var granted = await http.GetAsync(exchange);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        var shortLived = (string)(await FakePlatformsServer.JsonAsync(granted))["access_token"]!;
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync(exchange)).StatusCode);

        var longLived = await FakePlatformsServer.JsonAsync(await http.GetAsync($"meta/v24.0/oauth/access_token?grant_type=fb_exchange_token&{App}&fb_exchange_token={shortLived}"));
        Assert.Equal(5_184_000, (int)longLived["expires_in"]!);
        var accounts = await FakePlatformsServer.JsonAsync(await http.GetAsync($"meta/v24.0/me/adaccounts?access_token={longLived["access_token"]}"));
        Assert.Equal(3, accounts["data"]!.AsArray().Count);
        Assert.Equal(new[] { "EUR", "USD", "GBP" }, accounts["data"]!.AsArray().Select(a => (string)a!["currency"]!));
    }

    [Fact]
    public async Task InsightsPagesReturnEveryRowOnceAndEqualTheTruthToTheCent()
    {
        var (account, today) = await AccountAsync();
        var token = await server.TokenAsync("meta");
        var (since, until) = (today.AddDays(-20), today.AddDays(-1));
        var rows = await ReadAllAsync($"meta/v24.0/act_{account}/insights?access_token={token}&level=campaign&time_increment=1&limit=100"
            + $"&fields=campaign_id,spend,impressions,actions,action_values&time_range={Range(since, until)}");

        var keys = rows.Select(r => ((string)r["campaign_id"]!, (string)r["date_start"]!)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        var truth = (await server.TruthAsync("meta", account, since, until))["rows"]!.AsArray().OfType<JsonObject>()
            .Where(t => (long)t["impressions"]! > 0)
            .ToDictionary(t => ((string)t["entity"]!, (string)t["date"]!));
        Assert.Equal(truth.Count, rows.Count);
        foreach (var row in rows)
        {
            var expected = truth[((string)row["campaign_id"]!, (string)row["date_start"]!)];
            Assert.Equal((string)expected["spend"]!, (string)row["spend"]!);
            Assert.Equal(expected["conversions"]!.ToString(), Purchases(row, "actions") ?? "0");
            Assert.Equal((long)expected["conversionValueMinor"]! == 0 ? null : (string)expected["conversionValue"]!, Purchases(row, "action_values"));
        }
    }

    [Fact]
    public async Task AgeAndGenderBreakdownsSumExactlyToTheDaysTotals()
    {
        var (account, today) = await AccountAsync();
        var token = await server.TokenAsync("meta");
        var day = today.AddDays(-5);
        var broken = await ReadAllAsync($"meta/v24.0/act_{account}/insights?access_token={token}&level=account&breakdowns=age,gender&limit=100&fields=spend,impressions&time_range={Range(day, day)}");
        var total = await ReadAllAsync($"meta/v24.0/act_{account}/insights?access_token={token}&level=account&fields=spend,impressions&time_range={Range(day, day)}");

        Assert.Equal(18, broken.Count);
        Assert.Equal(decimal.Parse((string)total.Single()["spend"]!, CultureInfo.InvariantCulture), broken.Sum(r => decimal.Parse((string)r["spend"]!, CultureInfo.InvariantCulture)));
        Assert.Equal(long.Parse((string)total.Single()["impressions"]!, CultureInfo.InvariantCulture), broken.Sum(r => long.Parse((string)r["impressions"]!, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task AnAsyncReportRunAdvancesOverPollsAndThenServesTheRows()
    {
        var (account, today) = await AccountAsync();
        var token = await server.TokenAsync("meta");
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["access_token"] = token,
            ["level"] = "campaign",
            ["time_increment"] = "1",
            ["fields"] = "campaign_id,spend",
            ["time_range"] = Uri.UnescapeDataString(Range(today.AddDays(-10), today.AddDays(-1))),
        });
        var run = (string)(await FakePlatformsServer.JsonAsync(await server.Http.PostAsync($"meta/v24.0/act_{account}/insights", form)))["report_run_id"]!;

        Assert.Equal(HttpStatusCode.BadRequest, (await server.Http.GetAsync($"meta/v24.0/{run}/insights?access_token={token}")).StatusCode);
        var polls = new List<(string Status, int Percent)>();
        do
        {
            var status = await FakePlatformsServer.JsonAsync(await server.Http.GetAsync($"meta/v24.0/{run}?access_token={token}"));
            polls.Add(((string)status["async_status"]!, (int)status["async_percent_completion"]!));
        }
        while (polls[^1].Status != "Job Completed" && polls.Count < 10);

        Assert.Equal(new[] { ("Job Not Started", 33), ("Job Started", 66), ("Job Completed", 100) }, polls);
        var rows = await ReadAllAsync($"meta/v24.0/{run}/insights?access_token={token}&limit=40");
        var sync = await ReadAllAsync($"meta/v24.0/act_{account}/insights?access_token={token}&level=campaign&time_increment=1&limit=500&fields=campaign_id,spend&time_range={Range(today.AddDays(-10), today.AddDays(-1))}");
        Assert.Equal(sync.Select(r => r.ToJsonString()), rows.Select(r => r.ToJsonString()));
    }

    [Fact]
    public async Task ThrottledCallsGetCode80004WithUsageHeadersUntilTheBudgetReturns()
    {
        var (account, _) = await AccountAsync();
        var token = await server.TokenAsync("meta");
        await server.ThrottleAsync("meta", 1);

        var throttled = await server.Http.GetAsync($"meta/v24.0/act_{account}/insights?access_token={token}");
        var after = await server.Http.GetAsync($"meta/v24.0/act_{account}/insights?access_token={token}");

        Assert.Equal(HttpStatusCode.BadRequest, throttled.StatusCode);
        Assert.Equal(80004, (int)(await FakePlatformsServer.JsonAsync(throttled))["error"]!["code"]!);
        var usage = JsonNode.Parse(throttled.Headers.GetValues("x-business-use-case-usage").Single())![account]![0]!;
        Assert.True((int)usage["estimated_time_to_regain_access"]! > 0);
        Assert.Equal(100, (int)JsonNode.Parse(throttled.Headers.GetValues("x-ad-account-usage").Single())!["acc_id_util_pct"]!);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.True((int)JsonNode.Parse(after.Headers.GetValues("x-ad-account-usage").Single())!["acc_id_util_pct"]! < 100);
    }

    [Fact]
    public async Task AnExpiredTokenGetsError190WithTheExpirySubcode()
    {
        var token = await server.TokenAsync("meta");
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync($"meta/v24.0/me/adaccounts?access_token={token}")).StatusCode);
        await server.ExpireAsync(token);

        var refused = await server.Http.GetAsync($"meta/v24.0/me/adaccounts?access_token={token}");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var error = (await FakePlatformsServer.JsonAsync(refused))["error"]!;
        Assert.Equal((190, 463, "OAuthException"), ((int)error["code"]!, (int)error["error_subcode"]!, (string)error["type"]!));
    }

    [Fact]
    public async Task APauseAndBudgetChangesShowOnTheNextReadAndTheFifthBudgetChangeInAnHourIsRefused()
    {
        var listed = await server.AccountAsync("meta", 1);
        var campaign = (string)listed["campaigns"]![0]!["id"]!;
        var adSet = (string)listed["campaigns"]![0]!["adSets"]![0]!["id"]!;
        var token = await server.TokenAsync("meta");

        var paused = await server.Http.PostAsync($"meta/v24.0/{campaign}", Form(token, ("status", "PAUSED")));
        Assert.True((bool)(await FakePlatformsServer.JsonAsync(paused))["success"]!);
        foreach (var budget in new[] { "1000", "2000", "3000", "4000" })
        {
            Assert.Equal(HttpStatusCode.OK, (await server.Http.PostAsync($"meta/v24.0/{adSet}", Form(token, ("daily_budget", budget)))).StatusCode);
        }

        var fifth = await server.Http.PostAsync($"meta/v24.0/{adSet}", Form(token, ("daily_budget", "5000")));

        Assert.Equal(17, (int)(await FakePlatformsServer.JsonAsync(fifth))["error"]!["code"]!);
        var readCampaign = await FakePlatformsServer.JsonAsync(await server.Http.GetAsync($"meta/v24.0/{campaign}?access_token={token}"));
        var readAdSet = await FakePlatformsServer.JsonAsync(await server.Http.GetAsync($"meta/v24.0/{adSet}?access_token={token}"));
        Assert.Equal("PAUSED", (string)readCampaign["status"]!);
        Assert.Equal(("4000", "CAMPAIGN_PAUSED"), ((string)readAdSet["daily_budget"]!, (string)readAdSet["effective_status"]!));
    }

    private async Task<string> AuthorizeAsync(string challenge, string state)
    {
        var answer = await server.Http.GetAsync($"meta/v24.0/dialog/oauth?client_id=fake-meta-app&redirect_uri={Uri.EscapeDataString(Redirect)}&state={state}&code_challenge={challenge}&code_challenge_method=S256&scope=ads_read,ads_management");
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith(Redirect, answer.Headers.Location!.ToString(), StringComparison.Ordinal);
        var query = FakePlatformsServer.Query(answer);
        Assert.Equal(state, query["state"]);
        return query["code"];
    }

    private async Task<(string Account, DateOnly Today)> AccountAsync()
    {
        var account = await server.AccountAsync("meta");
        return ((string)account["id"]!, FakePlatformsServer.Day(account["today"]));
    }

    /// <summary>Follows <c>paging.next</c> to the end, as a connector would.</summary>
    private async Task<List<JsonObject>> ReadAllAsync(string url)
    {
        var rows = new List<JsonObject>();
        for (string? next = url; next is not null;)
        {
            var response = await server.Http.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await FakePlatformsServer.JsonAsync(response);
            rows.AddRange(page["data"]!.AsArray().OfType<JsonObject>());
            next = (string?)page["paging"]?["next"];
        }

        return rows;
    }

    private static string? Purchases(JsonObject row, string list) =>
        row[list]?.AsArray().Where(a => (string)a!["action_type"]! == "offsite_conversion.fb_pixel_purchase").Select(a => (string)a!["value"]!).SingleOrDefault();

    private static string Range(DateOnly since, DateOnly until) =>
        Uri.EscapeDataString(FormattableString.Invariant($"{{\"since\":\"{since:yyyy-MM-dd}\",\"until\":\"{until:yyyy-MM-dd}\"}}"));

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("access_token", token)));
}
