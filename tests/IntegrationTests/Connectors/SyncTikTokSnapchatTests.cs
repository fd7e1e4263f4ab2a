using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrainMarketing.Connectors.Sync;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Connectors;

/// <summary>
/// TikTok and Snapchat accounts synced end to end: a token connects, one account is selected with a 14-day backfill,
/// the silo's account grain pulls it from tools/FakePlatforms, and our documented API then reports what the fake
/// platform's truth holds, to the cent, per campaign and day and, for a day, per age and gender.
/// </summary>
[Collection(ConnectorsCollection.Name)]
public sealed class SyncTikTokSnapchatTests(ConnectorsCluster fixture)
{
    private const int BackfillDays = 14;

    /// <summary>A backfill of 55 campaigns is two chunks of hundreds of requests at the platform's pace.</summary>
    private static readonly TimeSpan BackfillTime = TimeSpan.FromMinutes(4);

    private HttpClient Api => fixture.Api;

    [Theory]
    [InlineData("tiktok")]
    [InlineData("snapchat")]
    public async Task ABackfillReportsThePlatformsTruthToTheCentPerCampaignDayAgeAndGender(string platform)
    {
        var account = await fixture.Platforms.AccountAsync(platform, 1);
        var (accountId, today) = ((string)account["id"]!, DateOnly.Parse((string)account["today"]!, CultureInfo.InvariantCulture));
        var (tenant, connection) = await ConnectAsync(platform, account, BackfillDays);

        var sync = await BackfilledAsync(tenant, connection);
        Assert.All(sync.GetProperty("runs").EnumerateArray(), run => Assert.Equal(JsonValueKind.Null, run.GetProperty("error").ValueKind));
        Assert.True(sync.GetProperty("rowsPulled").GetInt64() > 0);

        // From the backfill's first day to yesterday, the last day whose numbers cannot move while the test reads them.
        var (since, until) = (DateOnly.Parse(sync.GetProperty("backfillFrom").GetString()!, CultureInfo.InvariantCulture), today.AddDays(-1));
        Assert.Equal(today.AddDays(1 - BackfillDays), since);
        var truth = await TruthAsync(platform, accountId, since, until);
        Assert.NotEmpty(truth);
        foreach (var (campaign, days) in truth)
        {
            var series = await Eventually.ReadAsync(() => SeriesAsync(tenant, platform, campaign, since, until), s => Same(days, s));
            foreach (var (day, expected) in days)
            {
                Assert.Equal((campaign, day, expected), (campaign, day, series.GetValueOrDefault(day)));
            }

            Assert.Equal(days.Keys.Order(), series.Keys.Order());
        }

        // Yesterday by age × gender, the platform's bands in ours (TikTok's AGE_55_100 and Snapchat's 35+ straddle ours: unknown).
        var bands = await BandsAsync(platform, accountId, until);
        Assert.NotEmpty(bands);
        foreach (var (campaign, expected) in bands)
        {
            var rows = await Eventually.ReadAsync(() => BreakdownAsync(tenant, platform, campaign, until), r => r.Count == expected.Count);
            Assert.Equal(expected.OrderBy(e => e.Key), rows.OrderBy(e => e.Key));
        }

        var listed = ((JsonArray)account["campaigns"]!).OfType<JsonObject>().First(c => !(bool)c["active"]!);
        var paused = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/{platform}:{(string)listed["id"]!}?window=7d");
        var metadata = paused.GetProperty("metadata");
        Assert.Equal(
            ((string)listed["name"]!, "paused", (long)listed["dailyBudgetMinor"]! / 100m, (string)account["currency"]!),
            (metadata.GetProperty("name").GetString(), metadata.GetProperty("status").GetString()!.ToLowerInvariant(), metadata.GetProperty("dailyBudget").GetDecimal(), metadata.GetProperty("currency").GetString()));
    }

    [Theory]
    [InlineData("tiktok", "Too many requests")]
    [InlineData("snapchat", "rate limit exceeded")]
    public async Task WhileThePlatformSaysWaitNoRequestGoesOutForAMinute(string platform, string words)
    {
        var account = await fixture.Platforms.AccountAsync(platform, 2);
        var (tenant, connection) = await ConnectAsync(platform, account, backfillDays: 1);
        await BackfilledAsync(tenant, connection);

        (await fixture.Platforms.Http.PostAsync($"_fake/{platform}/throttle?requests=1", null)).EnsureSuccessStatusCode();
        var waiting = await SyncNowAsync(tenant, connection);
        var until = waiting.GetProperty("waitingUntil").GetDateTimeOffset();
        var seen = await LastRequestAsync();
        var again = await SyncNowAsync(tenant, connection);

        // Neither TikTok's 40100 nor Snapchat's 429 names a wait: a minute, the per-minute budget's whole window.
        Assert.InRange(until, DateTimeOffset.UtcNow.AddSeconds(45), DateTimeOffset.UtcNow.AddSeconds(61));
        Assert.Contains(words, waiting.GetProperty("runs")[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(until, again.GetProperty("waitingUntil").GetDateTimeOffset());
        Assert.Empty(await RequestsAfterAsync(seen, platform, (string)account["id"]!));
    }

    private static bool Same(Dictionary<DateOnly, Day> expected, Dictionary<DateOnly, Day> actual) =>
        expected.All(e => actual.GetValueOrDefault(e.Key) == e.Value);

    /// <summary>A tenant in the account's zone and currency, connected with a token the fake platform minted, syncing <paramref name="account"/>.</summary>
    private async Task<(string Tenant, Guid Connection)> ConnectAsync(string platform, JsonObject account, int backfillDays)
    {
        var tenant = TenantJson.UniqueId($"sync-{platform}");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, (string)account["timeZone"]!, (string)account["currency"]!));
        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/connections", new { platform, accessToken = await fixture.Platforms.TokenAsync(platform) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var connection = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("active", connection.GetProperty("status").GetString());
        var id = connection.GetProperty("id").GetGuid();
        using var selected = await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/connections/{id}/accounts", new { accountIds = new[] { (string)account["id"]! }, backfillDays });
        Assert.True(selected.IsSuccessStatusCode, await selected.Content.ReadAsStringAsync());
        return (tenant, id);
    }

    /// <summary>The account's sync once its backfill is done (the pulls run on their own after the selection).</summary>
    private async Task<JsonElement> BackfilledAsync(string tenant, Guid connection)
    {
        var sync = await Eventually.ReadAsync(
            async () => Assert.Single((await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/connections/{connection}/syncs")).EnumerateArray()),
            s => s.GetProperty("backfillDone").GetBoolean(),
            BackfillTime);
        Assert.True(sync.GetProperty("backfillDone").GetBoolean(), sync.GetRawText());
        return sync;
    }

    private async Task<JsonElement> SyncNowAsync(string tenant, Guid connection)
    {
        using var synced = await Api.PostAsync($"api/v1/tenants/{tenant}/connections/{connection}/sync", null);
        Assert.Equal(HttpStatusCode.OK, synced.StatusCode);
        return Assert.Single((await synced.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
    }

    private async Task<long> LastRequestAsync() =>
        (await fixture.Platforms.Http.GetFromJsonAsync<JsonArray>("_fake/requests"))!.OfType<JsonObject>().Select(r => (long)r["sequence"]!).DefaultIfEmpty(0).Max();

    /// <summary>The platform requests after <paramref name="sequence"/> that name the account in their path or query.</summary>
    private async Task<List<string>> RequestsAfterAsync(long sequence, string platform, string account) =>
        [.. (await fixture.Platforms.Http.GetFromJsonAsync<JsonArray>($"_fake/requests?after={sequence}&platform={platform}"))!.OfType<JsonObject>()
            .Select(r => $"{r["method"]} {r["path"]}{r["query"]}").Where(r => r.Contains(account, StringComparison.Ordinal))];

    /// <summary>The fake platform's numbers per campaign and day, in major units; days without delivery left out, as our series leaves them out or at zero.</summary>
    private async Task<Dictionary<string, Dictionary<DateOnly, Day>>> TruthAsync(string platform, string account, DateOnly since, DateOnly until)
    {
        var truth = await fixture.Platforms.TruthAsync(platform, account, since, until);
        return truth["rows"]!.AsArray().OfType<JsonObject>()
            .GroupBy(r => (string)r["entity"]!)
            .ToDictionary(g => g.Key, g => g.Where(r => (long)r["impressions"]! > 0).ToDictionary(
                r => DateOnly.Parse((string)r["date"]!, CultureInfo.InvariantCulture),
                r => new Day((long)r["impressions"]!, (long)r["clicks"]!, (long)r["spendMinor"]! / 100m, (long)r["conversions"]!, (long)r["conversionValueMinor"]! / 100m)));
    }

    /// <summary>The fake platform's numbers of one day per campaign and age × gender, its labels mapped to ours and summed where two land on one.</summary>
    private async Task<Dictionary<string, Dictionary<string, Day>>> BandsAsync(string platform, string account, DateOnly day)
    {
        var truth = await fixture.Platforms.TruthAsync(platform, account, day, day, breakdown: "age,gender");
        return truth["rows"]!.AsArray().OfType<JsonObject>().Where(r => (long)r["impressions"]! > 0)
            .GroupBy(r => (string)r["entity"]!)
            .ToDictionary(g => g.Key, g => g
                .GroupBy(r => $"{PlatformLabels.Age((string?)r["age"])}|{PlatformLabels.Gender((string?)r["gender"])}")
                .ToDictionary(b => b.Key, b => b.Select(r => new Day((long)r["impressions"]!, (long)r["clicks"]!, (long)r["spendMinor"]! / 100m, (long)r["conversions"]!, (long)r["conversionValueMinor"]! / 100m))
                    .Aggregate((a, r) => new Day(a.Impressions + r.Impressions, a.Clicks + r.Clicks, a.Spend + r.Spend, a.Conversions + r.Conversions, a.ConversionValue + r.ConversionValue))));
    }

    /// <summary>A campaign's day by age and gender through GET .../campaigns/{id}/breakdown.</summary>
    private async Task<Dictionary<string, Day>> BreakdownAsync(string tenant, string platform, string campaign, DateOnly day)
    {
        var answer = await Api.GetFromJsonAsync<JsonElement>(FormattableString.Invariant(
            $"api/v1/tenants/{tenant}/campaigns/{platform}:{campaign}/breakdown?by=age,gender&window=custom&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}"));
        return answer.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, r => Read(r.GetProperty("totals")));
    }

    /// <summary>A campaign's daily series through GET .../campaigns/{id}/timeseries.</summary>
    private async Task<Dictionary<DateOnly, Day>> SeriesAsync(string tenant, string platform, string campaign, DateOnly since, DateOnly until)
    {
        var series = await Api.GetFromJsonAsync<JsonElement>(FormattableString.Invariant(
            $"api/v1/tenants/{tenant}/campaigns/{platform}:{campaign}/timeseries?granularity=day&window=custom&from={since:yyyy-MM-dd}&to={until:yyyy-MM-dd}"));
        return series.EnumerateArray().Select(p => (Day: DateOnly.Parse(p.GetProperty("period").GetString()!, CultureInfo.InvariantCulture), Totals: p.GetProperty("totals")))
            .Where(p => p.Totals.GetProperty("impressions").GetInt64() > 0)
            .ToDictionary(p => p.Day, p => Read(p.Totals));
    }

    private static Day Read(JsonElement totals) => new(
        totals.GetProperty("impressions").GetInt64(), totals.GetProperty("clicks").GetInt64(), totals.GetProperty("spend").GetDecimal(),
        totals.GetProperty("conversions").GetDecimal(), totals.GetProperty("conversionValue").GetDecimal());

    /// <summary>One campaign-day's numbers; decimals compare by value, so 12.30 equals 12.3.</summary>
    private readonly record struct Day(long Impressions, long Clicks, decimal Spend, decimal Conversions, decimal ConversionValue);
}
