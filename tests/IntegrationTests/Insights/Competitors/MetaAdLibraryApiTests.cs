using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Insights.Competitors;

/// <summary>Meta Ad Library imports through the API: Ad Library Report CSVs dated by Meta's file names and saved ads_archive answers, trends per source, bad files refused by line or ad, and a competitor ramping up alerted to a webhook.</summary>
[Collection(AlertsCollection.Name)]
public sealed class MetaAdLibraryApiTests(AlertsCluster fixture)
{
    private const string Header = "Page ID,Page name,Disclaimer,Amount spent (EUR),Number of ads in Library";

    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task ACompetitorWhoseAdsDoubleBetweenWeeklyReportsReachesTheWebhookAndTheTrendShowsItRampingUp()
    {
        var tenant = TenantJson.UniqueId("meta");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "UTC"));
        var url = fixture.Receiver.NewUrl("meta");
        using var channel = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/alert-channels", new { name = "ops", type = "webhook", url });
        Assert.Equal(HttpStatusCode.Created, channel.StatusCode);

        using var first = await ImportAsync(tenant, Report(rivalAds: 8, rivalSpend: "1200"), "?fileName=FacebookAdLibraryReport_2026-11-08_DE_last_7_days_advertisers.csv");
        using var second = await ImportAsync(tenant, Report(rivalAds: 20, rivalSpend: "1,900"), "?fileName=FacebookAdLibraryReport_2026-11-15_DE_last_7_days_advertisers.csv");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var imported = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("report", "2026-11-09", "2026-11-15", "EUR", "DE"), (imported.GetProperty("source").GetString(),
            imported.GetProperty("imported").GetProperty("period").GetProperty("from").GetString(),
            imported.GetProperty("imported").GetProperty("period").GetProperty("to").GetString(),
            imported.GetProperty("imported").GetProperty("currency").GetString(), imported.GetProperty("imported").GetProperty("country").GetString()));
        var alert = (await fixture.Receiver.NextAsync(url, TimeSpan.FromSeconds(20))).Json;
        Assert.Equal(("competitor.adsJumped", "warning", $"{tenant}/report"),
            (alert.GetProperty("kind").GetString(), alert.GetProperty("severity").GetString(), alert.GetProperty("target").GetString()));
        Assert.Equal(("Rival Shoes", "ads", "8", "20", "2.5"), (alert.GetProperty("fields").GetProperty("page").GetString(),
            alert.GetProperty("fields").GetProperty("metric").GetString(), alert.GetProperty("fields").GetProperty("before").GetString(),
            alert.GetProperty("fields").GetProperty("after").GetString(), alert.GetProperty("fields").GetProperty("ratio").GetString()));

        var trends = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/competitors/meta-ad-library");
        Assert.Equal(2, trends.GetProperty("periods").GetArrayLength());
        var rival = trends.GetProperty("advertisers")[0];
        Assert.Equal(("157659344260788", 12m, "rampingUp"), (rival.GetProperty("pageId").GetString(), rival.GetProperty("adsSlope").GetDecimal(), rival.GetProperty("direction").GetString()));
        Assert.Single(trends.GetProperty("jumps").EnumerateArray());
        var audit = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audit?action=competitors.metaImported");
        Assert.Equal(2, audit.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task SavedAdsArchiveAnswersAreSummedPerPageOverTheGivenPeriodAndKeptApartFromTheReports()
    {
        var tenant = TenantJson.UniqueId("meta-api");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "UTC"));
        const string answer = """
            {"data": [
              {"id": "1", "page_id": "111", "page_name": "Rival Shoes", "ad_delivery_start_time": "2026-11-03", "publisher_platforms": ["facebook", "instagram"],
               "currency": "EUR", "spend": {"lower_bound": "100", "upper_bound": "199"}, "impressions": {"lower_bound": "1000", "upper_bound": "4999"}},
              {"id": "2", "page_id": "111", "page_name": "Rival Shoes", "ad_delivery_start_time": "2026-10-01T08:00:00+0000", "ad_delivery_stop_time": "2026-11-04",
               "publisher_platforms": ["facebook"], "eu_total_reach": 5000}
            ],
            "paging": {"cursors": {"after": "x"}}}
            """;

        using var imported = await ImportAsync(tenant, Encoding.UTF8.GetBytes(answer), "?from=2026-11-02&to=2026-11-08", "application/json");
        using var undated = await ImportAsync(tenant, Encoding.UTF8.GetBytes(answer), "", "application/json");

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(["from"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(undated, HttpStatusCode.BadRequest, "validation")));
        var trends = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/competitors/meta-ad-library?source=api");
        var period = Assert.Single(trends.GetProperty("advertisers").EnumerateArray()).GetProperty("periods")[0];
        Assert.Equal((2, 1, 5000L), (period.GetProperty("ads").GetInt32(), period.GetProperty("newAds").GetInt32(), period.GetProperty("euReach").GetInt64()));
        Assert.Equal(["facebook", "instagram"], period.GetProperty("platforms").EnumerateArray().Select(p => p.GetString()));
        // The second ad has no spend (Meta gives it for political ads only), so the sum has a floor and no ceiling.
        var spend = period.GetProperty("spend");
        Assert.Equal((100m, JsonValueKind.Null), (spend.GetProperty("low").GetDecimal(), spend.TryGetProperty("high", out var high) ? high.ValueKind : JsonValueKind.Null));
        var reports = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/competitors/meta-ad-library");
        Assert.Equal(0, reports.GetProperty("periods").GetArrayLength());
    }

    [Fact]
    public async Task BadRowsAreNamedByLineAndColumnOverlappingPeriodsConflictAndNothingHalfIsStored()
    {
        var tenant = TenantJson.UniqueId("meta-bad");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "UTC"));
        using var stored = await ImportAsync(tenant, Report(8, "1200"), "?from=2026-11-02&to=2026-11-08");

        using var badCell = await ImportAsync(tenant, Encoding.UTF8.GetBytes($"{Header}\n1,Good,Good,300,2\n2,Bad,Bad,lots,4\n"), "?from=2026-11-09&to=2026-11-15");
        using var overlapping = await ImportAsync(tenant, Report(8, "1200"), "?from=2026-11-05&to=2026-11-11");
        using var lifelong = await ImportAsync(tenant, Report(8, "1200"), "?fileName=FacebookAdLibraryReport_2026-11-15_DE_lifelong_advertisers.csv");
        using var badSource = await Api.GetAsync($"api/v1/tenants/{tenant}/competitors/meta-ad-library?source=tiktok");

        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var problem = await ProblemJson.ReadAsync(badCell, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["line 3"], ProblemJson.ErrorFields(problem));
        Assert.StartsWith("Amount spent (EUR): 'lots'", problem.GetProperty("errors").GetProperty("line 3")[0].GetString(), StringComparison.Ordinal);
        await ProblemJson.ReadAsync(overlapping, HttpStatusCode.Conflict, "conflict");
        Assert.Equal(["fileName"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(lifelong, HttpStatusCode.BadRequest, "validation")));
        Assert.Equal(["source"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(badSource, HttpStatusCode.BadRequest, "validation")));
        var trends = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/competitors/meta-ad-library");
        Assert.Equal("2026-11-02", Assert.Single(trends.GetProperty("periods").EnumerateArray()).GetProperty("period").GetProperty("from").GetString());
    }

    private static byte[] Report(int rivalAds, string rivalSpend) => Encoding.UTF8.GetBytes(string.Join('\n',
        Header,
        $"157659344260788,Rival Shoes,Rival Shoes GmbH,\"{rivalSpend}\",{rivalAds}",
        "296508406790,\"Shoe Planet, Berlin\",\"Shoe Planet, Berlin\",≤100,3"));

    private async Task<HttpResponseMessage> ImportAsync(string tenant, byte[] file, string query, string contentType = "text/csv")
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await Api.PostAsync($"api/v1/tenants/{tenant}/competitors/meta-ad-library{query}", content);
    }
}
