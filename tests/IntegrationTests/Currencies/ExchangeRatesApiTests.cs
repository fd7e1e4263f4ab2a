using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Currencies;

/// <summary>Money in several currencies through the documented API: rates set by hand or read from an ECB-format source, and answers that convert with them.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExchangeRatesApiTests(ApiCluster fixture)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly DateOnly Earlier = Today.AddDays(-3);
    private static readonly DateOnly Later = Today.AddDays(-2);

    /// <summary>A day with no rate within four days before it in any table: neither set by hand here nor served by the source.</summary>
    private static readonly DateOnly Unrated = Today.AddDays(-12);

    private readonly HttpClient _api = fixture.Api;

    [Fact]
    public async Task TotalsAcrossCurrenciesEqualTheSumAtEachDaysRateNameTheRatesAndFlagADayWithoutOne()
    {
        var tenant = await NewTenantAsync("EUR");
        await SetRatesAsync(tenant, new { date = Day(Earlier), currency = "USD", rate = 0.9m }, new { date = Day(Later), currency = "usd", rate = 0.91234567m },
            new { date = Day(Earlier), currency = "GBP", rate = 1.15m });
        await IngestAsync(tenant,
            Row("meta", "eu-1", Earlier, currency: null, impressions: 100, spend: 10m),
            Row("meta", "us-1", Earlier, currency: "USD", impressions: 1_000, spend: 100m, value: 300m),
            Row("meta", "us-1", Later, currency: "USD", impressions: 500, spend: 50.5m),
            Row("meta", "us-1", Unrated, currency: "USD", impressions: 200, spend: 20m),
            Row("google", "uk-1", Earlier, currency: "GBP", impressions: 400, spend: 40m));

        // By hand: 10 + 100 × 0.9 + round(50.5 × 0.91234567 = 46.0734…) + 40 × 1.15; the USD day without a rate is in no total.
        var expectedSpend = 10m + 90m + 46.07m + 46m;
        var window = $"window=custom&from={Day(Today.AddDays(-14))}&to={Day(Today)}";
        var summary = await Eventually.ReadAsync(() => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analytics/summary?{window}"),
            s => s.GetProperty("totals").GetProperty("impressions").GetInt64() == 2_000 && s.GetProperty("unconverted").GetArrayLength() == 1);
        Assert.Equal(2_000, summary.GetProperty("totals").GetProperty("impressions").GetInt64());
        Assert.Equal(expectedSpend, summary.GetProperty("totals").GetProperty("spend").GetDecimal());
        Assert.Equal(270m, summary.GetProperty("totals").GetProperty("conversionValue").GetDecimal());
        Assert.Equal("EUR", summary.GetProperty("currency").GetString());
        Assert.Equal(
            [("GBP", Day(Earlier), 1.15m, "manual"), ("USD", Day(Earlier), 0.9m, "manual"), ("USD", Day(Later), 0.91234567m, "manual")],
            Rates(summary));
        var unconverted = Assert.Single(summary.GetProperty("unconverted").EnumerateArray());
        Assert.Equal("USD", unconverted.GetProperty("currency").GetString());
        Assert.Equal([Day(Unrated)], unconverted.GetProperty("days").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(20m, unconverted.GetProperty("totals").GetProperty("spend").GetDecimal());
        var platforms = summary.GetProperty("platforms").EnumerateArray().ToDictionary(p => p.GetProperty("platform").GetString()!);
        Assert.Equal(146.07m, platforms["meta"].GetProperty("totals").GetProperty("spend").GetDecimal());
        Assert.Equal(46m, platforms["google"].GetProperty("totals").GetProperty("spend").GetDecimal());
        Assert.Equal(1, platforms["meta"].GetProperty("unconverted").GetArrayLength());
        Assert.Equal(0, platforms["google"].GetProperty("unconverted").GetArrayLength());

        var segments = await Eventually.ReadAsync(
            () => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/demographics/segments?dimension=gender&{window}"),
            s => s.GetProperty("segments").GetArrayLength() == 1 && s.GetProperty("segments")[0].GetProperty("totals").GetProperty("spend").GetDecimal() == expectedSpend);
        Assert.Equal(expectedSpend, Assert.Single(segments.GetProperty("segments").EnumerateArray()).GetProperty("totals").GetProperty("spend").GetDecimal());
        Assert.Equal("EUR", segments.GetProperty("currency").GetString());
        Assert.Equal(3, segments.GetProperty("rates").GetArrayLength());
        Assert.Equal("USD", Assert.Single(segments.GetProperty("unconverted").EnumerateArray()).GetProperty("currency").GetString());

        var list = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns?{window}&sort=spend&order=desc");
        Assert.Equal("EUR", list.GetProperty("currency").GetString());
        Assert.Equal(["meta:us-1", "google:uk-1", "meta:eu-1"], list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        var usd = list.GetProperty("items")[0];
        Assert.Equal("USD", usd.GetProperty("currency").GetString());
        Assert.Equal(170.5m, usd.GetProperty("totals").GetProperty("spend").GetDecimal());
        Assert.Equal(136.07m, usd.GetProperty("converted").GetProperty("totals").GetProperty("spend").GetDecimal());
        Assert.Equal(1, usd.GetProperty("converted").GetProperty("unconverted").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, list.GetProperty("items")[2].GetProperty("converted").ValueKind);

        var single = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:us-1?{window}");
        Assert.Equal("USD", single.GetProperty("currency").GetString());
        Assert.Equal(170.5m, single.GetProperty("totals").GetProperty("spend").GetDecimal());

        // A rate that arrives later fixes the answer: nothing is re-sent, the day is converted when asked.
        await SetRatesAsync(tenant, new { date = Day(Unrated), currency = "USD", rate = 0.95m });
        var fixedSummary = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analytics/summary?{window}");
        Assert.Equal(expectedSpend + 19m, fixedSummary.GetProperty("totals").GetProperty("spend").GetDecimal());
        Assert.Equal(2_200, fixedSummary.GetProperty("totals").GetProperty("impressions").GetInt64());
        Assert.Equal(0, fixedSummary.GetProperty("unconverted").GetArrayLength());
    }

    [Fact]
    public async Task BadRatesAreRefusedNamingEveryFieldAndNothingIsStored()
    {
        var tenant = await NewTenantAsync("EUR");

        using var response = await _api.PutAsJsonAsync($"api/v1/tenants/{tenant}/exchange-rates", new
        {
            rates = new object?[]
            {
                new { date = "2001-01-01", currency = "EURO", rate = 0 },
                new { currency = "USD", rate = 1.1m },
                new { date = Day(Today), currency = "EUR", rate = 1m },
                new { date = Day(Earlier), currency = "GBP", rate = 1.15m },
                null,
            },
        });

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(
            ["rates[0].currency", "rates[0].date", "rates[0].rate", "rates[1].date", "rates[2].currency", "rates[4].currency", "rates[4].date", "rates[4].rate"],
            ProblemJson.ErrorFields(problem).Order(StringComparer.Ordinal));
        var table = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/exchange-rates?from={Day(Earlier)}&to={Day(Today)}");
        Assert.Equal(0, table.GetProperty("rates").GetArrayLength());

        using var empty = await _api.PutAsJsonAsync($"api/v1/tenants/{tenant}/exchange-rates", new { rates = Array.Empty<object>() });
        Assert.Equal(["rates"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(empty, HttpStatusCode.BadRequest, "validation")));
        using var backwards = await _api.GetAsync($"api/v1/tenants/{tenant}/exchange-rates?from={Day(Today)}&to={Day(Earlier)}");
        Assert.Equal(["from"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(backwards, HttpStatusCode.BadRequest, "validation")));
        using var notDates = await _api.GetAsync($"api/v1/tenants/{tenant}/exchange-rates?from=yesterday&to=2026-13-01");
        Assert.Equal(["from", "to"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(notDates, HttpStatusCode.BadRequest, "validation")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RatesReadFromTheEcbSourceAreCrossedIntoEachTenantsCurrencyAndGiveWayToRatesSetByHand()
    {
        var gbp = await NewTenantAsync("GBP");
        var eur = await NewTenantAsync("EUR");
        var (newest, quotes) = ReferenceRatesServer.Days[0];
        var range = $"from={Day(newest.AddDays(-1))}&to={Day(newest)}";

        var gbpTable = await Eventually.ReadAsync(() => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{gbp}/exchange-rates?{range}"),
            t => t.GetProperty("rates").GetArrayLength() > 0);
        Assert.True(ReferenceRatesServer.Instance.Reads > 0);
        Assert.Equal("GBP", gbpTable.GetProperty("currency").GetString());
        Assert.NotEqual(JsonValueKind.Null, gbpTable.GetProperty("sourceFetchedAt").ValueKind);
        var gbpRates = Rates(gbpTable);
        Assert.Contains(("USD", Day(newest), decimal.Round(quotes["GBP"] / quotes["USD"], 10, MidpointRounding.AwayFromZero), "ecb"), gbpRates);
        Assert.Contains(("EUR", Day(newest), quotes["GBP"], "ecb"), gbpRates);
        Assert.DoesNotContain(gbpRates, r => r.Currency == "GBP");
        Assert.Equal(2 * 3, gbpRates.Count);

        await SetRatesAsync(eur, new { date = Day(newest), currency = "USD", rate = 0.5m });
        var eurRates = Rates(await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{eur}/exchange-rates?{range}"));
        Assert.Contains(("USD", Day(newest), 0.5m, "manual"), eurRates);
        Assert.Contains(("GBP", Day(newest), decimal.Round(1m / quotes["GBP"], 10, MidpointRounding.AwayFromZero), "ecb"), eurRates);
        Assert.DoesNotContain(eurRates, r => r is { Currency: "USD", Source: "ecb" } && r.Date == Day(newest));
    }

    private async Task<string> NewTenantAsync(string currency)
    {
        var id = TenantJson.UniqueId($"fx-{currency.ToLowerInvariant()}");
        await TenantJson.CreateAsync(_api, TenantJson.NewTenant(id, zone: "Etc/UTC", currency: currency));
        return id;
    }

    private async Task SetRatesAsync(string tenant, params object[] rates)
    {
        using var response = await _api.PutAsJsonAsync($"api/v1/tenants/{tenant}/exchange-rates", new { rates });
        Assert.True(response.IsSuccessStatusCode, $"PUT exchange-rates answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task IngestAsync(string tenant, params Dictionary<string, object?>[] items)
    {
        using var response = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static Dictionary<string, object?> Row(
        string platform, string campaign, DateOnly date, string? currency, long impressions, decimal spend, decimal value = 0) => new()
        {
            ["platform"] = platform,
            ["campaignId"] = campaign,
            ["date"] = Day(date),
            ["gender"] = "F",
            ["impressions"] = impressions,
            ["clicks"] = impressions / 10,
            ["spend"] = spend,
            ["conversionValue"] = value,
            ["currency"] = currency,
        };

    private static List<(string Currency, string Date, decimal Rate, string Source)> Rates(JsonElement answer) =>
        [.. answer.GetProperty("rates").EnumerateArray().Select(r => (
            r.GetProperty("currency").GetString()!, r.GetProperty("date").GetString()!, r.GetProperty("rate").GetDecimal(), r.GetProperty("source").GetString()!))];

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
