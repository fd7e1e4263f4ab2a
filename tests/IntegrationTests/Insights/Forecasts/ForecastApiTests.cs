using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Insights.Forecasts;

/// <summary><c>GET .../forecast</c> and <c>GET .../campaigns/{id}/pacing</c> over a generated twelve-week history ingested through the API.</summary>
[Collection(ApiCollection.Name)]
public sealed class ForecastApiTests(ApiCluster fixture)
{
    private static readonly double[] WeeklyShape = [1.10, 1.15, 1.10, 1.05, 0.95, 0.80, 0.85];

    private readonly HttpClient _api = fixture.Api;

    [Fact]
    public async Task ForecastsAndPacingAnswerOrderedIntervalsWithTheirBacktest()
    {
        var tenant = await NewTenantAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await IngestAsync(tenant, "meta", "100", today.AddDays(-84), 84, seed: 1);
        await _api.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/meta:100", new { dailyBudget = 1200m });
        await Eventually.ReadAsync(
            () => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analytics/summary?window=custom&from={today.AddDays(-84):yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}"),
            summary => summary.GetProperty("totals").GetProperty("impressions").GetInt64() == Expected(84, 1).Impressions);

        foreach (var (query, level) in new[] { ("metric=spend&horizon=14", "tenant"), ("metric=cpa&horizon=14&level=campaign&id=meta:100", "campaign"), ("metric=clicks&horizon=14&level=platform&id=meta", "platform") })
        {
            var forecast = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/forecast?{query}");
            Assert.Equal(level, forecast.GetProperty("level").GetString());
            Assert.Equal(84, forecast.GetProperty("history").GetProperty("days").GetInt32());
            Assert.Equal(today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), forecast.GetProperty("freshness").GetProperty("dataThrough").GetString());
            Assert.False(string.IsNullOrEmpty(forecast.GetProperty("method").GetString()));
            Assert.True(forecast.GetProperty("backtest").GetProperty("pairs").GetInt32() > 0);
            var days = forecast.GetProperty("days").EnumerateArray().ToList();
            Assert.Equal(14, days.Count);
            Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), days[0].GetProperty("date").GetString());
            Assert.All(days, day =>
            {
                var (l95, l80, value, u80, u95) = (Number(day, "lower95"), Number(day, "lower80"), Number(day, "value"), Number(day, "upper80"), Number(day, "upper95"));
                Assert.True(l95 <= l80 && l80 <= value && value <= u80 && u80 <= u95, day.ToString());
            });
        }

        var pacing = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:100/pacing");
        Assert.Equal(1200m, pacing.GetProperty("dailyBudget").GetDecimal());
        Assert.Contains(pacing.GetProperty("status").GetString(), new[] { "onTrack", "under", "over" });
        var projected = pacing.GetProperty("projectedEndOfDay");
        Assert.True(Number(projected, "lower80") <= Number(projected, "value") && Number(projected, "value") <= Number(projected, "upper80"));
    }

    [Fact]
    public async Task TooShortAHistoryIsRefusedNamingTheDaysMissing()
    {
        var tenant = await NewTenantAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await IngestAsync(tenant, "google", "5", today.AddDays(-9), 9, seed: 2);
        await Eventually.ReadAsync(
            () => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/google:5/timeseries?window=custom&from={today.AddDays(-9):yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}"),
            series => series.GetArrayLength() == 9);

        using var response = await _api.GetAsync($"api/v1/tenants/{tenant}/forecast?metric=spend&level=campaign&id=google:5");

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.Conflict, "insufficient-history");
        Assert.Equal("28 needed, 9 recorded", problem.GetProperty("missing").GetProperty("days").GetString());
    }

    [Theory]
    [InlineData("horizon=7", "metric")]
    [InlineData("metric=ctr", "metric")]
    [InlineData("metric=spend&horizon=91", "horizon")]
    [InlineData("metric=spend&horizon=x", "horizon")]
    [InlineData("metric=spend&level=region", "level")]
    [InlineData("metric=spend&level=campaign", "id")]
    [InlineData("metric=spend&id=meta:1", "id")]
    public async Task BadParametersAreRefusedNamingTheField(string query, string field)
    {
        using var response = await _api.GetAsync($"api/v1/tenants/{await NewTenantAsync()}/forecast?{query}");

        Assert.Equal([field], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation")));
    }

    [Theory]
    [InlineData("forecast?metric=spend&level=campaign&id=meta:404")]
    [InlineData("forecast?metric=spend&level=platform&id=tiktok")]
    [InlineData("forecast?metric=spend&level=platform&id=myspace")]
    [InlineData("campaigns/meta:404/pacing")]
    public async Task AnUnknownCampaignOrPlatformIsNotFound(string path)
    {
        using var response = await _api.GetAsync($"api/v1/tenants/{await NewTenantAsync()}/{path}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static double Number(JsonElement day, string name) => day.GetProperty(name).GetDouble();

    private async Task IngestAsync(string tenant, string platform, string campaign, DateOnly first, int days, int seed)
    {
        var items = Enumerable.Range(0, days).Select(d =>
        {
            var (impressions, clicks, spend, conversions, value) = Day(d, seed);
            return new { platform, campaignId = campaign, date = first.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), impressions, clicks, spend, conversions, conversionValue = value };
        });
        using var response = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Day <paramref name="d"/> of a campaign with a weekly shape, a slow upward trend and seeded noise.</summary>
    private static (long Impressions, long Clicks, decimal Spend, decimal Conversions, decimal Value) Day(int d, int seed)
    {
        var random = new Random(seed * 1000 + d);
        var scale = (1 + 0.003 * d) * WeeklyShape[d % 7] * (1 + 0.06 * (random.NextDouble() - 0.5));
        var impressions = (long)(100_000 * scale);
        var conversions = Math.Round((decimal)(40 * scale * (1 + 0.2 * (random.NextDouble() - 0.5))));
        return (impressions, impressions / 80, Math.Round((decimal)(1000 * scale), 2), conversions, conversions * 55m);
    }

    private static (long Impressions, int Days) Expected(int days, int seed) => (Enumerable.Range(0, days).Sum(d => Day(d, seed).Impressions), days);

    private async Task<string> NewTenantAsync()
    {
        var id = TenantJson.UniqueId("forecast");
        await TenantJson.CreateAsync(_api, TenantJson.NewTenant(id, zone: "Etc/UTC"));
        return id;
    }
}
