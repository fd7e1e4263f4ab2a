using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Reach;

/// <summary>Reach is not a sum, through the documented API: a window or a set of entities shows reach only where it was reported for exactly them.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReachApiTests(ApiCluster fixture)
{
    private readonly HttpClient _api = fixture.Api;

    [Fact]
    public async Task SevenDaysOfReachAreNoWeeksReachOneDayIsAndTwoCampaignsAreNot()
    {
        var tenant = await NewTenantAsync();
        var days = Enumerable.Range(0, 7).Select(back => Day(-back)).ToList();
        await IngestAsync(tenant, [.. days.Select(day => Row("c1", day, reach: 100)), Row("c2", Day(0), reach: 100)]);

        var week = await Eventually.ReadAsync(
            () => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:c1?window=7d"), c => Totals(c).GetProperty("impressions").GetInt64() == 1_750);
        Assert.Equal(JsonValueKind.Null, Totals(week).GetProperty("reach").ValueKind);
        Assert.Equal(700, Totals(week).GetProperty("reachDailySum").GetInt64());
        Assert.Equal(JsonValueKind.Null, week.GetProperty("kpis").GetProperty("frequency").ValueKind);

        var today = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:c1?window=today");
        Assert.Equal(100, Totals(today).GetProperty("reach").GetInt64());
        Assert.Equal(2.5m, today.GetProperty("kpis").GetProperty("frequency").GetDecimal());

        var tenantDay = await Eventually.ReadAsync(
            () => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analytics/summary?window=today"), s => Totals(s).GetProperty("impressions").GetInt64() == 500);
        Assert.Equal(JsonValueKind.Null, Totals(tenantDay).GetProperty("reach").ValueKind);
        Assert.Equal(200, Totals(tenantDay).GetProperty("reachDailySum").GetInt64());
    }

    [Fact]
    public async Task APeriodsReportedReachAnswersExactlyThatPeriod()
    {
        var tenant = await NewTenantAsync();
        var days = Enumerable.Range(0, 7).Select(back => Day(-back)).ToList();
        await IngestAsync(tenant, [.. days.Select(day => Row("c1", day, reach: 100)), new { platform = "meta", campaignId = "c1", date = Day(-6), dateStop = Day(0), reach = 420 }]);

        var week = await Eventually.ReadAsync(
            () => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:c1?window=7d"), c => Totals(c).GetProperty("reach").ValueKind == JsonValueKind.Number);
        Assert.Equal((420, 700), (Totals(week).GetProperty("reach").GetInt64(), Totals(week).GetProperty("reachDailySum").GetInt64()));
        Assert.Equal(decimal.Round(1_750m / 420, 6), week.GetProperty("kpis").GetProperty("frequency").GetDecimal());

        var sixDays = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:c1?from={Day(-5)}&to={Day(0)}");
        Assert.Equal(JsonValueKind.Null, Totals(sixDays).GetProperty("reach").ValueKind);
    }

    [Fact]
    public async Task APeriodRecordWithTheDaysNumbersIsRefusedNamingEachField()
    {
        var tenant = await NewTenantAsync();

        using var response = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics",
            new { items = new object[] { new { platform = "meta", campaignId = "c1", date = Day(-6), dateStop = Day(0), impressions = 5, age = "25-34" } } });

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["items[0].age", "items[0].impressions", "items[0].reach"], ProblemJson.ErrorFields(problem));
    }

    private async Task IngestAsync(string tenant, object[] items)
    {
        using var response = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static object Row(string campaign, string date, long reach) =>
        new { platform = "meta", campaignId = campaign, date, impressions = 250, reach, clicks = 5, spend = 1m };

    private static string Day(int offset) => DateTime.UtcNow.Date.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonElement Totals(JsonElement answer) => answer.GetProperty("totals");

    private async Task<string> NewTenantAsync()
    {
        var id = TenantJson.UniqueId("reach");
        await TenantJson.CreateAsync(_api, TenantJson.NewTenant(id, zone: "Etc/UTC"));
        return id;
    }
}
