using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Insights.Competitors;

/// <summary>Auction-insights imports through the API: UI exports taken whole or refused by line and column, trends per scope, and a jump alerted to a webhook.</summary>
[Collection(AlertsCollection.Name)]
public sealed class CompetitorsApiTests(AlertsCluster fixture)
{
    private const string Header = "Display URL domain\tImpression share\tOverlap rate\tPosition above rate\tTop of page rate\tAbs. Top of page rate\tOutranking share";

    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task AnOverlapJumpBetweenImportedWeeksReachesTheWebhookAndTheTrendShowsWhoIsGaining()
    {
        var tenant = TenantJson.UniqueId("competitors");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "UTC"));
        using var threshold = await Api.PatchAsJsonAsync($"api/v1/tenants/{tenant}", new { competitorJumpPoints = 15 });
        Assert.Equal(HttpStatusCode.OK, threshold.StatusCode);
        var url = fixture.Receiver.NewUrl("competitors");
        using var channel = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/alert-channels", new { name = "ops", type = "webhook", url });
        Assert.Equal(HttpStatusCode.Created, channel.StatusCode);

        using var first = await ImportAsync(tenant, Utf16(Week("November 2, 2026 - November 8, 2026", rivalShare: "30.00%", rivalOverlap: "40.00%")));
        using var second = await ImportAsync(tenant, Utf16(Week("November 9, 2026 - November 15, 2026", rivalShare: "36.00%", rivalOverlap: "58.00%")));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var imported = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("2026-11-09", 3, false), (imported.GetProperty("imported").GetProperty("period").GetProperty("from").GetString(),
            imported.GetProperty("imported").GetProperty("rows").GetInt32(), imported.GetProperty("replaced").GetBoolean()));
        var alert = (await fixture.Receiver.NextAsync(url, TimeSpan.FromSeconds(20))).Json;
        Assert.Equal(("competitor.jumped", "warning", $"{tenant}/account"),
            (alert.GetProperty("kind").GetString(), alert.GetProperty("severity").GetString(), alert.GetProperty("target").GetString()));
        Assert.Equal(("rival.com", "overlapRate", "18"), (alert.GetProperty("fields").GetProperty("domain").GetString(),
            alert.GetProperty("fields").GetProperty("metric").GetString(), alert.GetProperty("fields").GetProperty("points").GetString()));

        var trends = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/competitors");
        Assert.Equal(2, trends.GetProperty("periods").GetArrayLength());
        var rival = trends.GetProperty("competitors")[0];
        Assert.Equal(("rival.com", 6m, "gaining"), (rival.GetProperty("domain").GetString(), rival.GetProperty("impressionShareSlope").GetDecimal(), rival.GetProperty("direction").GetString()));
        Assert.Single(trends.GetProperty("jumps").EnumerateArray());
        var audit = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audit?action=competitors.imported");
        Assert.Equal(2, audit.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task BadCellsAreNamedByLineAndColumnOverlappingPeriodsConflictAndNothingHalfIsStored()
    {
        var tenant = TenantJson.UniqueId("competitors-bad");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "UTC"));
        using var stored = await ImportAsync(tenant, Utf8(Week("2026-11-02 - 2026-11-08", "30.00%", "40.00%")), "?campaign=brand");

        using var badCell = await ImportAsync(tenant, Utf8(Week("2026-11-09 - 2026-11-15", "3O%", "40.00%")), "?campaign=brand");
        using var overlapping = await ImportAsync(tenant, Utf8(Week("2026-11-05 - 2026-11-11", "30.00%", "40.00%")), "?campaign=brand");
        using var undated = await ImportAsync(tenant, Utf8(string.Join('\n', Header, "You\t50%\t--\t--\t60%\t20%\t--")), "?campaign=brand");
        using var badCampaign = await ImportAsync(tenant, Utf8(Week("2026-11-09 - 2026-11-15", "30%", "40%")), "?campaign=a%2Fb");
        using var dated = await ImportAsync(tenant, Utf8(string.Join('\n', Header, "You\t50%\t--\t--\t60%\t20%\t--")), "?from=2026-11-16&to=2026-11-22");

        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var problem = await ProblemJson.ReadAsync(badCell, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["line 5"], ProblemJson.ErrorFields(problem));
        Assert.StartsWith("Impression share: '3O%'", problem.GetProperty("errors").GetProperty("line 5")[0].GetString(), StringComparison.Ordinal);
        await ProblemJson.ReadAsync(overlapping, HttpStatusCode.Conflict, "conflict");
        Assert.Equal(["from"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(undated, HttpStatusCode.BadRequest, "validation")));
        Assert.Equal(["campaign"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(badCampaign, HttpStatusCode.BadRequest, "validation")));
        Assert.Equal(HttpStatusCode.OK, dated.StatusCode);
        var brand = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/competitors?campaign=brand");
        Assert.Equal(("brand", 1), (brand.GetProperty("campaign").GetString(), brand.GetProperty("periods").GetArrayLength()));
        var account = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/competitors");
        Assert.Equal("2026-11-16", Assert.Single(account.GetProperty("periods").EnumerateArray()).GetProperty("period").GetProperty("from").GetString());
    }

    private static string Week(string dates, string rivalShare, string rivalOverlap) => string.Join('\n',
        "Auction insights report",
        dates,
        Header,
        "You\t45.23%\t--\t--\t68.12%\t32.50%\t--",
        $"rival.com\t{rivalShare}\t{rivalOverlap}\t41.00%\t71.20%\t35.00%\t48.90%",
        "small-shop.de\t< 10%\t12.50%\t< 10%\t55.00%\t--\t80.00%");

    private static byte[] Utf16(string text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private async Task<HttpResponseMessage> ImportAsync(string tenant, byte[] file, string query = "")
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return await Api.PostAsync($"api/v1/tenants/{tenant}/competitors/imports{query}", content);
    }
}
