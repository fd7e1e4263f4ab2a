using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.IntegrationTests.Insights.Budget;

namespace GrainMarketing.IntegrationTests.Currencies;

/// <summary>Insights over money in several currencies: a campaign's answers in its own currency, tenant series that name the days without a rate.</summary>
[Collection(ApiCollection.Name)]
public sealed class CurrencyInsightsApiTests(ApiCluster fixture)
{
    private const int Days = 80;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private readonly HttpClient _api = fixture.Api;

    [Fact]
    public async Task ACampaignsPacingForecastAndResponseCurveNameItsOwnCurrency()
    {
        var tenant = await NewTenantAsync();
        await IngestAsync(tenant, Rows("meta", "room", currency: "USD", gender: null));
        await Eventually.ReadAsync(
            () => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:room/timeseries?window=custom&from={Day(Today.AddDays(-Days))}&to={Day(Today.AddDays(-1))}"),
            series => series.GetArrayLength() == Days);

        var pacing = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:room/pacing");
        var forecast = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/forecast?metric=spend&horizon=7&level=campaign&id=meta:room");
        var curve = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:room/response-curve");

        // The tenant reports in euros; the campaign's spend, budget and their projections are dollars, never converted.
        Assert.Equal(("USD", 100m), (pacing.GetProperty("currency").GetString(), pacing.GetProperty("dailyBudget").GetDecimal()));
        Assert.Equal("USD", forecast.GetProperty("currency").GetString());
        Assert.Equal(0, forecast.GetProperty("history").GetProperty("unconverted").GetArrayLength());
        Assert.Equal("USD", curve.GetProperty("currency").GetString());
    }

    [Fact]
    public async Task TenantAndPlatformForecastsAndTheAudienceInsightNameTheDaysWithoutARateAndFitWithoutThem()
    {
        var tenant = await NewTenantAsync();
        var unrated = Enumerable.Range(11, 10).Select(back => Today.AddDays(-back)).Order().ToList();
        var dollars = Rows("meta", "us", currency: "USD", gender: "F").Where(r => unrated.Contains(DateOnly.Parse(r["date"]!.GetValue<string>(), CultureInfo.InvariantCulture))).ToList();
        await IngestAsync(tenant, [.. Rows("meta", "room", currency: null, gender: "F"), .. dollars]);
        var dollarSpend = dollars.Sum(r => r["spend"]!.GetValue<decimal>());
        var ownImpressions = Rows("meta", "room", currency: null, gender: null).Sum(r => r["impressions"]!.GetValue<long>());

        // The forecasts cache their first fit for the day: asked only once the rollup holds every row.
        await Eventually.ReadAsync(
            () => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analytics/summary?window=custom&from={Day(Today.AddDays(-Days))}&to={Day(Today.AddDays(-1))}"),
            summary => summary.GetProperty("unconverted").EnumerateArray().Any(u => u.GetProperty("totals").GetProperty("spend").GetDecimal() == dollarSpend)
                && summary.GetProperty("totals").GetProperty("impressions").GetInt64() == ownImpressions);

        foreach (var query in new[] { "metric=spend&horizon=7", "metric=cpa&horizon=7&level=platform&id=meta" })
        {
            var forecast = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/forecast?{query}");
            var history = forecast.GetProperty("history");
            Assert.Equal("EUR", forecast.GetProperty("currency").GetString());
            Assert.Equal((Days, Days - 10), (history.GetProperty("days").GetInt32(), history.GetProperty("daysWithData").GetInt32()));
            var usd = Assert.Single(history.GetProperty("unconverted").EnumerateArray());
            Assert.Equal("USD", usd.GetProperty("currency").GetString());
            Assert.Equal(unrated.Select(Day), usd.GetProperty("days").EnumerateArray().Select(d => d.GetString()));
            Assert.Equal(dollarSpend, usd.GetProperty("totals").GetProperty("spend").GetDecimal());
        }

        // The segment's days without a rate are left out whole, their euros too: the audience tests read days.
        var ownSpend = Rows("meta", "room", currency: null, gender: null)
            .Where(r => !unrated.Contains(DateOnly.Parse(r["date"]!.GetValue<string>(), CultureInfo.InvariantCulture))).Sum(r => r["spend"]!.GetValue<decimal>());
        var insight = await Eventually.ReadAsync(
            () => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audience/insight?dimension=gender&window=84d"),
            report => report.GetProperty("unconverted").GetArrayLength() == 1 && report.GetProperty("segments").EnumerateArray()
                .Any(s => s.GetProperty("totals").GetProperty("spend").GetDecimal() == ownSpend));
        var left = Assert.Single(insight.GetProperty("unconverted").EnumerateArray());
        Assert.Equal(unrated.Select(Day), left.GetProperty("days").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(dollarSpend, left.GetProperty("totals").GetProperty("spend").GetDecimal());
        Assert.Equal(ownSpend, Assert.Single(insight.GetProperty("segments").EnumerateArray()).GetProperty("totals").GetProperty("spend").GetDecimal());
    }

    /// <summary>The budget tests' days of one campaign (ending yesterday), with its currency and a gender on each row.</summary>
    private static List<JsonObject> Rows(string platform, string campaign, string? currency, string? gender) =>
        [.. BudgetApiTests.History(platform, campaign, 100, halfSaturation: 300, max: 40, Days).Select(item =>
        {
            var row = JsonSerializer.SerializeToNode(item)!.AsObject();
            row["currency"] = currency;
            row["gender"] = gender;
            return row;
        })];

    private async Task IngestAsync(string tenant, List<JsonObject> items)
    {
        using var response = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<string> NewTenantAsync()
    {
        var id = TenantJson.UniqueId("fx-insight");
        await TenantJson.CreateAsync(_api, TenantJson.NewTenant(id, zone: "Etc/UTC", currency: "EUR"));
        return id;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
