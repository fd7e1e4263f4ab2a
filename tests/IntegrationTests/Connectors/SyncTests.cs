using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Connectors;

/// <summary>
/// Account syncs end to end: a silo process pulls tools/FakePlatforms' reporting through the platforms' own protocols
/// (Meta's async report runs and string metrics, Google's GAQL searchStream and micros), and what the API then answers
/// is compared with the fake's exact truth to the cent.
/// </summary>
[Collection(ConnectorsCollection.Name)]
public sealed class SyncTests(ConnectorsCluster fixture, Xunit.Abstractions.ITestOutputHelper output)
{
    private HttpClient Api => fixture.Api;

    private HttpClient Fake => fixture.Platforms.Http;

    [Theory]
    [InlineData("meta")]
    [InlineData("google")]
    public async Task ABackfillEqualsThePlatformsNumbersToTheCentPerCampaignAndDay(string platform)
    {
        var (tenant, connection, account) = await ConnectAsync(platform, backfillDays: 12);
        var sync = await BackfilledAsync(tenant, connection);
        var (since, until) = (DateOnly.Parse(sync.GetProperty("backfillFrom").GetString()!, CultureInfo.InvariantCulture), Yesterday(account));

        var truth = await TruthAsync(platform, account, since, until, breakdown: null);
        Assert.NotEmpty(truth);
        foreach (var campaign in truth.GroupBy(r => r.Entity))
        {
            var expected = campaign.ToDictionary(r => r.Date, r => r.Numbers);
            var days = await Eventually.ReadAsync(() => SeriesAsync(tenant, $"{platform}:{campaign.Key}", since, until), d => expected.All(e => d.GetValueOrDefault(e.Key) == e.Value));
            Assert.Equal(expected, days.Where(d => d.Value != default).ToDictionary());
        }

        output.WriteLine(sync.ToString());
        Assert.Contains(sync.GetProperty("runs").EnumerateArray(), r => r.GetProperty("kind").GetString() == "backfill" && r.GetProperty("rows").GetInt32() > 0);
    }

    [Fact]
    public async Task MetaAgeAndGenderCellsEqualThePlatformsBreakdownToTheCent()
    {
        var (tenant, connection, account) = await ConnectAsync("meta", backfillDays: 3);
        await BackfilledAsync(tenant, connection);
        var day = Yesterday(account);

        var truth = await TruthAsync("meta", account, day, day, breakdown: "age,gender");
        foreach (var campaign in truth.GroupBy(r => r.Entity))
        {
            var expected = campaign.ToDictionary(r => $"{r.Age}|{r.Gender}", r => r.Numbers);
            var rows = await Eventually.ReadAsync(() => BreakdownAsync(tenant, $"meta:{campaign.Key}", day), r => r.Count == expected.Count);
            Assert.Equal(expected.OrderBy(e => e.Key), rows.OrderBy(e => e.Key));
        }
    }

    [Fact]
    public async Task ARestatedDayIsFoundByTheDailyRepullAndTheNumbersFollowThePlatform()
    {
        var (tenant, connection, account) = await ConnectAsync("google", backfillDays: 5);
        await BackfilledAsync(tenant, connection);
        var day = Yesterday(account).AddDays(-1);
        var before = await TruthAsync("google", account, day, day, breakdown: null);

        (await Fake.PostAsync($"_fake/google/accounts/{account.Id}/restate?date={day:yyyy-MM-dd}", null)).EnsureSuccessStatusCode();
        var after = await TruthAsync("google", account, day, day, breakdown: null);
        Assert.NotEqual(before.Select(r => r.Numbers), after.Select(r => r.Numbers));
        // Tomorrow's daily re-pull, brought forward.
        using var repulled = await Api.PostAsync($"api/v1/tenants/{tenant}/connections/{connection}/sync?restatement=true", null);
        var run = Assert.Single((await repulled.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()).GetProperty("runs")[0];

        Assert.Equal(("restatement", (JsonElement?)null), (run.GetProperty("kind").GetString(), run.TryGetProperty("error", out var e) && e.ValueKind != JsonValueKind.Null ? e : null));
        var changed = after.Count(a => before.SingleOrDefault(b => b.Entity == a.Entity)?.Numbers != a.Numbers);
        Assert.Equal(changed, run.GetProperty("restatedDays").GetInt32());

        foreach (var row in after)
        {
            var days = await Eventually.ReadAsync(() => SeriesAsync(tenant, $"google:{row.Entity}", day, day), d => d.GetValueOrDefault(day) == row.Numbers);
            Assert.Equal(row.Numbers, days.GetValueOrDefault(day));
        }
    }

    [Fact]
    public async Task WhileThePlatformSaysWaitNoRequestGoesOut()
    {
        var (tenant, connection, account) = await ConnectAsync("meta", backfillDays: 1);
        await BackfilledAsync(tenant, connection);

        (await Fake.PostAsync("_fake/meta/throttle?requests=1", null)).EnsureSuccessStatusCode();
        using var throttled = await Api.PostAsync($"api/v1/tenants/{tenant}/connections/{connection}/sync", null);
        Assert.Equal(HttpStatusCode.OK, throttled.StatusCode);
        var waiting = Assert.Single((await throttled.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        var until = waiting.GetProperty("waitingUntil").GetDateTimeOffset();
        // The fake says "30 s" in x-ad-account-usage and "regain access in 1 minute" in x-business-use-case-usage: the longer holds.
        Assert.InRange(until, DateTimeOffset.UtcNow.AddSeconds(40), DateTimeOffset.UtcNow.AddSeconds(70));
        Assert.Contains("80004", waiting.GetProperty("runs")[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        var seen = await LastRequestAsync();

        using var again = await Api.PostAsync($"api/v1/tenants/{tenant}/connections/{connection}/sync", null);
        var status = Assert.Single((await again.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());

        Assert.Equal(until, status.GetProperty("waitingUntil").GetDateTimeOffset());
        Assert.Empty(await RequestsAfterAsync(seen, account.Id));
    }

    private async Task<(string Tenant, Guid Connection, Account Account)> ConnectAsync(string platform, int backfillDays)
    {
        var tenant = TenantJson.UniqueId("sync");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));
        object body = platform == "meta"
            ? new { platform, name = "Meta ads", accessToken = "fake-meta-system-user-token" }
            : new { platform, name = "Google Ads", refreshToken = "fake-google-demo-refresh-token" };
        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/connections", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var connection = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = connection.GetProperty("id").GetGuid();
        var first = connection.GetProperty("accounts")[0];
        var account = new Account(first.GetProperty("id").GetString()!, first.GetProperty("timeZone").GetString());
        await SelectAsync(tenant, id, [account.Id], backfillDays);
        return (tenant, id, account);
    }

    private async Task SelectAsync(string tenant, Guid connection, string[] accounts, int? backfillDays = null)
    {
        using var selected = await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/connections/{connection}/accounts", new { accountIds = accounts, backfillDays });
        Assert.Equal(HttpStatusCode.OK, selected.StatusCode);
    }

    /// <summary>The account's sync once its backfill is done (the pulls run on their own after the selection).</summary>
    private async Task<JsonElement> BackfilledAsync(string tenant, Guid connection)
    {
        var syncs = await Eventually.ReadAsync(
            () => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/connections/{connection}/syncs"),
            s => s.GetArrayLength() == 1 && s[0].GetProperty("backfillDone").GetBoolean(),
            TimeSpan.FromSeconds(60));
        var sync = Assert.Single(syncs.EnumerateArray());
        Assert.True(sync.GetProperty("backfillDone").GetBoolean(), sync.ToString());
        return sync;
    }

    private async Task<List<TruthRow>> TruthAsync(string platform, Account account, DateOnly since, DateOnly until, string? breakdown)
    {
        var url = $"_fake/{platform}/accounts/{account.Id}/truth?since={since:yyyy-MM-dd}&until={until:yyyy-MM-dd}&level=campaign"
            + (breakdown is null ? "" : $"&breakdown={breakdown}");
        var truth = (await Fake.GetFromJsonAsync<JsonObject>(url))!;
        return [.. truth["rows"]!.AsArray().OfType<JsonObject>().Where(r => (long)r["impressions"]! > 0).Select(r => new TruthRow(
            (string)r["entity"]!,
            DateOnly.Parse((string)r["date"]!, CultureInfo.InvariantCulture),
            (string?)r["age"],
            (string?)r["gender"],
            new Numbers((long)r["impressions"]!, (long)r["clicks"]!, Money(r["spend"]!), (decimal)r["conversions"]!, Money(r["conversionValue"]!))))];
    }

    private async Task<Dictionary<DateOnly, Numbers>> SeriesAsync(string tenant, string campaign, DateOnly since, DateOnly until)
    {
        var series = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/{campaign}/timeseries?from={since:yyyy-MM-dd}&to={until:yyyy-MM-dd}");
        return series.EnumerateArray().ToDictionary(p => DateOnly.Parse(p.GetProperty("period").GetString()!, CultureInfo.InvariantCulture), p => Read(p.GetProperty("totals")));
    }

    private async Task<Dictionary<string, Numbers>> BreakdownAsync(string tenant, string campaign, DateOnly day)
    {
        var answer = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/{campaign}/breakdown?by=age,gender&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");
        return answer.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, r => Read(r.GetProperty("totals")));
    }

    private async Task<long> LastRequestAsync() =>
        (await Fake.GetFromJsonAsync<JsonArray>("_fake/requests"))!.OfType<JsonObject>().Select(r => (long)r["sequence"]!).DefaultIfEmpty(0).Max();

    private async Task<List<string>> RequestsAfterAsync(long sequence, string account) =>
        [.. (await Fake.GetFromJsonAsync<JsonArray>($"_fake/requests?after={sequence}&platform=meta"))!.OfType<JsonObject>()
            .Select(r => $"{r["method"]} {r["path"]}").Where(p => p.Contains(account, StringComparison.Ordinal) || p.Contains("insights", StringComparison.Ordinal))];

    /// <summary>The fake writes money as the platforms' strings in major units ("12.50").</summary>
    private static decimal Money(JsonNode amount) => decimal.Parse(amount.ToString(), CultureInfo.InvariantCulture);

    private static Numbers Read(JsonElement totals) => new(
        totals.GetProperty("impressions").GetInt64(), totals.GetProperty("clicks").GetInt64(), totals.GetProperty("spend").GetDecimal(),
        totals.GetProperty("conversions").GetDecimal(), totals.GetProperty("conversionValue").GetDecimal());

    /// <summary>Yesterday in the account's time zone: the last day whose numbers do not move while the test reads them.</summary>
    private static DateOnly Yesterday(Account account)
    {
        var zone = account.TimeZone is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime).AddDays(-1);
    }

    private sealed record Account(string Id, string? TimeZone);

    private sealed record TruthRow(string Entity, DateOnly Date, string? Age, string? Gender, Numbers Numbers);

    /// <summary>The sums compared; decimals compared by value, so 12.50 equals 12.5.</summary>
    private readonly record struct Numbers(long Impressions, long Clicks, decimal Spend, decimal Conversions, decimal ConversionValue);
}
