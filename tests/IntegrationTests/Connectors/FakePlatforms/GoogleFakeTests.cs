using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GrainMarketing.IntegrationTests.Connectors.FakePlatforms;

/// <summary>The fake Google Ads API over real HTTP: OAuth with PKCE and refresh, GAQL paging, demographic views, quota, mutates.</summary>
[Collection(FakePlatformsCollection.Name)]
public sealed class GoogleFakeTests(FakePlatformsServer server)
{
    private const string Redirect = "http://127.0.0.1:9/google/callback";
    private const string ClientId = "fake-google-client.apps.googleusercontent.com";

    [Fact]
    public async Task OAuthRoundTripVerifiesPkceAndRefreshesTheAccessToken()
    {
        var (verifier, challenge) = FakePlatformsServer.Pkce();
        var refused = await TokenAsync(await AuthorizeAsync(challenge), "wrong-verifier");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("invalid_grant", (string)(await FakePlatformsServer.JsonAsync(refused))["error"]!);

        var code = await AuthorizeAsync(challenge);
        var granted = await FakePlatformsServer.JsonAsync(await TokenAsync(code, verifier));
        Assert.Equal(HttpStatusCode.BadRequest, (await TokenAsync(code, verifier)).StatusCode);
        Assert.Equal(3599, (int)granted["expires_in"]!);

        var refreshed = await FakePlatformsServer.JsonAsync(await server.Http.PostAsync("google/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = (string)granted["refresh_token"]!,
            ["client_id"] = ClientId,
            ["client_secret"] = "fake-google-secret",
        })));
        var customers = await SendAsync(HttpMethod.Get, "google/v21/customers:listAccessibleCustomers", (string)refreshed["access_token"]!, null);
        Assert.Equal(3, (await FakePlatformsServer.JsonAsync(customers))["resourceNames"]!.AsArray().Count);
    }

    [Fact]
    public async Task SearchPagesReturnEveryRowOnceInMicrosEqualToTheTruth()
    {
        var (customer, today) = await CustomerAsync();
        var token = await server.TokenAsync("google");
        var (since, until) = (today.AddDays(-9), today.AddDays(-1));
        var rows = new List<JsonObject>();
        var pages = 0;
        for (string? pageToken = null; pages == 0 || pageToken is not null; pages++)
        {
            var page = await FakePlatformsServer.JsonAsync(await SendAsync(HttpMethod.Post, $"google/v21/customers/{customer}/googleAds:search", token, new
            {
                query = FormattableString.Invariant($"SELECT campaign.id, campaign.name, segments.date, metrics.cost_micros, metrics.conversions, metrics.conversions_value FROM campaign WHERE segments.date BETWEEN '{since:yyyy-MM-dd}' AND '{until:yyyy-MM-dd}'"),
                pageToken,
            }));
            rows.AddRange(page["results"]!.AsArray().OfType<JsonObject>());
            pageToken = (string?)page["nextPageToken"];
        }

        Assert.True(pages > 1, $"{rows.Count} rows came in {pages} page(s)");
        var keys = rows.Select(r => ((string)r["campaign"]!["id"]!, (string)r["segments"]!["date"]!)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        var truth = (await server.TruthAsync("google", customer, since, until))["rows"]!.AsArray().OfType<JsonObject>()
            .Where(t => (long)t["impressions"]! > 0).ToDictionary(t => ((string)t["entity"]!, (string)t["date"]!));
        Assert.Equal(truth.Count, rows.Count);
        foreach (var row in rows)
        {
            var expected = truth[((string)row["campaign"]!["id"]!, (string)row["segments"]!["date"]!)];
            Assert.Equal(((long)expected["spendMinor"]! * 10_000).ToString(CultureInfo.InvariantCulture), (string)row["metrics"]!["costMicros"]!);
            Assert.Equal((double)(long)expected["conversions"]!, (double)row["metrics"]!["conversions"]!);
            Assert.Equal($"customers/{customer}/campaigns/{row["campaign"]!["id"]}", (string)row["campaign"]!["resourceName"]!);
        }
    }

    [Fact]
    public async Task AgeAndGenderViewsEachSumToTheTotalAndThereIsNoCross()
    {
        var (customer, today) = await CustomerAsync();
        var token = await server.TokenAsync("google");
        var day = today.AddDays(-4);
        var where = FormattableString.Invariant($"WHERE segments.date = '{day:yyyy-MM-dd}'");
        var ages = await StreamAsync(customer, token, $"SELECT ad_group.id, ad_group_criterion.age_range.type, metrics.cost_micros, metrics.impressions FROM age_range_view {where}");
        var genders = await StreamAsync(customer, token, $"SELECT ad_group.id, ad_group_criterion.gender.type, metrics.cost_micros, metrics.impressions FROM gender_view {where}");
        var total = (long)(await server.TruthAsync("google", customer, day, day))["total"]!["spendMinor"]! * 10_000;

        Assert.Equal(total, ages.Sum(r => long.Parse((string)r["metrics"]!["costMicros"]!, CultureInfo.InvariantCulture)));
        Assert.Equal(total, genders.Sum(r => long.Parse((string)r["metrics"]!["costMicros"]!, CultureInfo.InvariantCulture)));
        Assert.Contains(ages, r => (string)r["adGroupCriterion"]!["ageRange"]!["type"]! == "AGE_RANGE_65_UP");
        var cross = await SendAsync(HttpMethod.Post, $"google/v21/customers/{customer}/googleAds:searchStream", token, new { query = $"SELECT ad_group_criterion.gender.type, metrics.impressions FROM age_range_view {where}" });
        Assert.Equal(HttpStatusCode.BadRequest, cross.StatusCode);
        Assert.Equal("UNRECOGNIZED_FIELD", (string)(await FakePlatformsServer.JsonAsync(cross))["error"]!["details"]![0]!["errors"]![0]!["errorCode"]!["queryError"]!);
    }

    [Fact]
    public async Task OverQuotaAnswersResourceExhaustedWithARetryDelayAndAnExpiredTokenIsUnauthenticated()
    {
        var (customer, _) = await CustomerAsync();
        var token = await server.TokenAsync("google");
        await server.ThrottleAsync("google", 1);

        var throttled = await SendAsync(HttpMethod.Post, $"google/v21/customers/{customer}/googleAds:search", token, new { query = "SELECT campaign.id FROM campaign" });
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        var error = (await FakePlatformsServer.JsonAsync(throttled))["error"]!;
        Assert.Equal("RESOURCE_EXHAUSTED", (string)error["status"]!);
        Assert.Equal("30s", (string)error["details"]![0]!["errors"]![0]!["details"]!["quotaErrorDetails"]!["retryDelay"]!);

        await server.ExpireAsync(token);
        var expired = await SendAsync(HttpMethod.Post, $"google/v21/customers/{customer}/googleAds:search", token, new { query = "SELECT campaign.id FROM campaign" });
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("OAUTH_TOKEN_EXPIRED", (string)(await FakePlatformsServer.JsonAsync(expired))["error"]!["details"]![0]!["errors"]![0]!["errorCode"]!["authenticationError"]!);
    }

    [Fact]
    public async Task APauseAndABudgetInWholeCentsShowOnTheNextQuery()
    {
        var listed = await server.AccountAsync("google", 2);
        var customer = (string)listed["id"]!;
        var campaign = (string)listed["campaigns"]![1]!["id"]!;
        var budget = (string)listed["campaigns"]![1]!["budgetId"]!;
        var token = await server.TokenAsync("google");

        var paused = await SendAsync(HttpMethod.Post, $"google/v21/customers/{customer}/campaigns:mutate", token, new
        {
            operations = new[] { new { update = new { resourceName = $"customers/{customer}/campaigns/{campaign}", status = "PAUSED" }, updateMask = "status" } },
        });
        var uneven = await Budget(customer, budget, token, "12345678");
        var even = await Budget(customer, budget, token, "12340000");

        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal("NON_MULTIPLE_OF_MINIMUM_CURRENCY_UNIT", (string)(await FakePlatformsServer.JsonAsync(uneven))["error"]!["details"]![0]!["errors"]![0]!["errorCode"]!["campaignBudgetError"]!);
        Assert.Equal(HttpStatusCode.OK, even.StatusCode);
        var read = (await StreamAsync(customer, token, $"SELECT campaign.id, campaign.status, campaign_budget.amount_micros FROM campaign WHERE campaign.id = {campaign}")).Single();
        Assert.Equal(("PAUSED", "12340000"), ((string)read["campaign"]!["status"]!, (string)read["campaignBudget"]!["amountMicros"]!));
    }

    private Task<HttpResponseMessage> Budget(string customer, string budget, string token, string micros) =>
        SendAsync(HttpMethod.Post, $"google/v21/customers/{customer}/campaignBudgets:mutate", token, new
        {
            operations = new[] { new { update = new { resourceName = $"customers/{customer}/campaignBudgets/{budget}", amountMicros = micros }, updateMask = "amount_micros" } },
        });

    private async Task<List<JsonObject>> StreamAsync(string customer, string token, string query)
    {
        var response = await SendAsync(HttpMethod.Post, $"google/v21/customers/{customer}/googleAds:searchStream", token, new { query });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!.SelectMany(b => b!["results"]!.AsArray()).OfType<JsonObject>().ToList();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string token, object? body)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Add("developer-token", "fake-developer-token");
        return await server.Http.SendAsync(request);
    }

    private async Task<string> AuthorizeAsync(string challenge)
    {
        var answer = await server.Http.GetAsync($"google/o/oauth2/v2/auth?client_id={ClientId}&redirect_uri={Uri.EscapeDataString(Redirect)}&response_type=code&scope=https://www.googleapis.com/auth/adwords&access_type=offline&state=s1&code_challenge={challenge}&code_challenge_method=S256");
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var query = FakePlatformsServer.Query(answer);
        Assert.Equal("s1", query["state"]);
        return query["code"];
    }

    private Task<HttpResponseMessage> TokenAsync(string code, string verifier) =>
        server.Http.PostAsync("google/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["code_verifier"] = verifier,
            ["redirect_uri"] = Redirect,
            ["client_id"] = ClientId,
            ["client_secret"] = "fake-google-secret",
        }));

    private async Task<(string Customer, DateOnly Today)> CustomerAsync()
    {
        var account = await server.AccountAsync("google");
        return ((string)account["id"]!, FakePlatformsServer.Day(account["today"]));
    }
}
