using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrainMarketing.Connectors.Sync;
using GrainMarketing.IntegrationTests.Connectors.FakePlatforms;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Connectors;

/// <summary>
/// What the sync tests do through our documented API and the fake platforms' control API: connect and select an account,
/// wait for its backfill, pull now, and read both sides' numbers per campaign, day and breakdown to compare them.
/// </summary>
public sealed class SyncProbe(HttpClient api, FakePlatformsServer platforms)
{
    /// <summary>A backfill of the fake's 55 campaigns is a few chunks of up to hundreds of requests at the platform's pace.</summary>
    public static readonly TimeSpan BackfillTime = TimeSpan.FromMinutes(4);

    /// <summary>A tenant in the account's zone and currency, connected with the platform's kind of credential, syncing <paramref name="account"/>.</summary>
    /// <remarks>Meta takes the fake's system-user token, Google its refresh token; TikTok and Snapchat a token the fake mints.</remarks>
    /// <param name="prepare">Runs on the new tenant before the account is selected, so what it sets up sees the backfill arrive.</param>
    public async Task<(string Tenant, Guid Connection)> ConnectAsync(string platform, JsonObject account, int backfillDays, Func<string, Task>? prepare = null)
    {
        var tenant = TenantJson.UniqueId($"sync-{platform}");
        await TenantJson.CreateAsync(api, TenantJson.NewTenant(tenant, (string)account["timeZone"]!, (string)account["currency"]!));
        if (prepare is not null)
        {
            await prepare(tenant);
        }

        object request = platform switch
        {
            "meta" => new { platform, accessToken = "fake-meta-system-user-token" },
            "google" => new { platform, refreshToken = "fake-google-demo-refresh-token" },
            _ => new { platform, accessToken = await platforms.TokenAsync(platform) },
        };
        using var created = await api.PostAsJsonAsync($"api/v1/tenants/{tenant}/connections", request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var connection = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("active", connection.GetProperty("status").GetString());
        var id = connection.GetProperty("id").GetGuid();
        using var selected = await api.PutAsJsonAsync($"api/v1/tenants/{tenant}/connections/{id}/accounts", new { accountIds = new[] { (string)account["id"]! }, backfillDays });
        Assert.True(selected.IsSuccessStatusCode, await selected.Content.ReadAsStringAsync());
        return (tenant, id);
    }

    /// <summary>The account's sync once its backfill is done (the pulls run on their own after the selection).</summary>
    public async Task<JsonElement> BackfilledAsync(string tenant, Guid connection)
    {
        var sync = await Eventually.ReadAsync(() => SyncAsync(tenant, connection), s => s.GetProperty("backfillDone").GetBoolean(), BackfillTime);
        Assert.True(sync.GetProperty("backfillDone").GetBoolean(), sync.GetRawText());
        return sync;
    }

    public async Task<JsonElement> SyncAsync(string tenant, Guid connection) =>
        Assert.Single((await api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/connections/{connection}/syncs")).EnumerateArray());

    public async Task<JsonElement> SyncNowAsync(string tenant, Guid connection, bool restatement = false)
    {
        using var synced = await api.PostAsync($"api/v1/tenants/{tenant}/connections/{connection}/sync?restatement={(restatement ? "true" : "false")}", null);
        Assert.Equal(HttpStatusCode.OK, synced.StatusCode);
        return Assert.Single((await synced.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
    }

    public async Task<long> LastRequestAsync() =>
        (await platforms.Http.GetFromJsonAsync<JsonArray>("_fake/requests"))!.OfType<JsonObject>().Select(r => (long)r["sequence"]!).DefaultIfEmpty(0).Max();

    /// <summary>The platform requests after <paramref name="sequence"/> that name the account in their path or query.</summary>
    public async Task<List<string>> RequestsAfterAsync(long sequence, string platform, string account) =>
        [.. (await platforms.Http.GetFromJsonAsync<JsonArray>($"_fake/requests?after={sequence}&platform={platform}"))!.OfType<JsonObject>()
            .Select(r => $"{r["method"]} {r["path"]}{r["query"]}").Where(r => r.Contains(account, StringComparison.Ordinal))];

    /// <summary>The fake platform's numbers per campaign and day, in major units; days without delivery left out, as our series leaves them out or at zero.</summary>
    public async Task<Dictionary<string, Dictionary<DateOnly, Day>>> TruthAsync(string platform, string account, DateOnly since, DateOnly until)
    {
        var truth = await platforms.TruthAsync(platform, account, since, until);
        return truth["rows"]!.AsArray().OfType<JsonObject>()
            .GroupBy(r => (string)r["entity"]!)
            .ToDictionary(g => g.Key, g => g.Where(r => (long)r["impressions"]! > 0).ToDictionary(r => DateOnly.Parse((string)r["date"]!, CultureInfo.InvariantCulture), Numbers));
    }

    /// <summary>
    /// The fake platform's numbers of one day per campaign and breakdown (<c>age,gender</c>, or <c>age</c> for Google), its
    /// labels mapped to ours and summed where two land on one (TikTok's AGE_55_100 and Snapchat's 35+ straddle our bands).
    /// </summary>
    public async Task<Dictionary<string, Dictionary<string, Day>>> BandsAsync(string platform, string account, DateOnly day, string by)
    {
        var truth = await platforms.TruthAsync(platform, account, day, day, breakdown: by);
        return truth["rows"]!.AsArray().OfType<JsonObject>().Where(r => (long)r["impressions"]! > 0)
            .GroupBy(r => (string)r["entity"]!)
            .ToDictionary(g => g.Key, g => g
                .GroupBy(r => by == "age" ? PlatformLabels.Age((string?)r["age"]) : $"{PlatformLabels.Age((string?)r["age"])}|{PlatformLabels.Gender((string?)r["gender"])}")
                .ToDictionary(b => b.Key, b => b.Select(Numbers).Aggregate((a, r) => a + r)));
    }

    /// <summary>A campaign's day by <paramref name="by"/> through GET .../campaigns/{id}/breakdown.</summary>
    public async Task<Dictionary<string, Day>> BreakdownAsync(string tenant, string platform, string campaign, DateOnly day, string by)
    {
        var answer = await api.GetFromJsonAsync<JsonElement>(FormattableString.Invariant(
            $"api/v1/tenants/{tenant}/campaigns/{platform}:{campaign}/breakdown?by={by}&window=custom&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}"));
        return answer.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, r => Read(r.GetProperty("totals")));
    }

    /// <summary>A campaign's daily series through GET .../campaigns/{id}/timeseries, days without delivery left out.</summary>
    public async Task<Dictionary<DateOnly, Day>> SeriesAsync(string tenant, string platform, string campaign, DateOnly since, DateOnly until)
    {
        var series = await api.GetFromJsonAsync<JsonElement>(FormattableString.Invariant(
            $"api/v1/tenants/{tenant}/campaigns/{platform}:{campaign}/timeseries?granularity=day&window=custom&from={since:yyyy-MM-dd}&to={until:yyyy-MM-dd}"));
        return series.EnumerateArray().Select(p => (Day: DateOnly.Parse(p.GetProperty("period").GetString()!, CultureInfo.InvariantCulture), Totals: p.GetProperty("totals")))
            .Where(p => p.Totals.GetProperty("impressions").GetInt64() > 0)
            .ToDictionary(p => p.Day, p => Read(p.Totals));
    }

    /// <summary>Reads every campaign's series until it equals the truth (or the wait ends), then asserts it day by day.</summary>
    public async Task AssertSeriesEqualAsync(string tenant, string platform, Dictionary<string, Dictionary<DateOnly, Day>> truth, DateOnly since, DateOnly until)
    {
        Assert.NotEmpty(truth);
        foreach (var (campaign, days) in truth)
        {
            var series = await Eventually.ReadAsync(() => SeriesAsync(tenant, platform, campaign, since, until), s => days.All(e => s.GetValueOrDefault(e.Key) == e.Value));
            foreach (var (day, expected) in days)
            {
                Assert.Equal((campaign, day, expected), (campaign, day, series.GetValueOrDefault(day)));
            }

            Assert.Equal(days.Keys.Order(), series.Keys.Order());
        }
    }

    private static Day Numbers(JsonObject row) =>
        new((long)row["impressions"]!, (long)row["clicks"]!, (long)row["spendMinor"]! / 100m, (long)row["conversions"]!, (long)row["conversionValueMinor"]! / 100m);

    private static Day Read(JsonElement totals) => new(
        totals.GetProperty("impressions").GetInt64(), totals.GetProperty("clicks").GetInt64(), totals.GetProperty("spend").GetDecimal(),
        totals.GetProperty("conversions").GetDecimal(), totals.GetProperty("conversionValue").GetDecimal());

    /// <summary>One cell's or day's numbers; decimals compare by value, so 12.30 equals 12.3.</summary>
    public readonly record struct Day(long Impressions, long Clicks, decimal Spend, decimal Conversions, decimal ConversionValue)
    {
        public static Day operator +(Day a, Day b) =>
            new(a.Impressions + b.Impressions, a.Clicks + b.Clicks, a.Spend + b.Spend, a.Conversions + b.Conversions, a.ConversionValue + b.ConversionValue);
    }
}
