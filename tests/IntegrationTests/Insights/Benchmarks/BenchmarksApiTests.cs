using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Insights.Benchmarks;

/// <summary>Industry benchmarks through the API: the industry is a validated tenant setting, and the comparison names what it cannot compare.</summary>
[Collection(AlertsCollection.Name)]
public sealed class BenchmarksApiTests(AlertsCluster fixture)
{
    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task WithoutAnIndustryTheAnswerIs409AndAnUnknownIndustryIsRefusedByName()
    {
        var tenant = TenantJson.UniqueId("bench-none");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "UTC", currency: "USD"));

        using var none = await Api.GetAsync($"api/v1/tenants/{tenant}/benchmarks");
        using var unknown = await Api.PatchAsJsonAsync($"api/v1/tenants/{tenant}", new { industry = "toys", competitorJumpPoints = 0 });
        using var arrivals = await Api.GetAsync($"api/v1/tenants/{tenant}/benchmarks?window=1h");

        var conflict = await ProblemJson.ReadAsync(none, HttpStatusCode.Conflict, "conflict");
        Assert.Contains("industry", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(["competitorJumpPoints", "industry"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(unknown, HttpStatusCode.BadRequest, "validation")).Order());
        Assert.Equal(["window"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(arrivals, HttpStatusCode.BadRequest, "validation")));
        var catalog = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/benchmarks/industries");
        Assert.Contains("real-estate", catalog.GetProperty("industries").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.All(catalog.GetProperty("sources").EnumerateArray(), s => Assert.StartsWith("https://", s.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheTenantsKpisStandAgainstItsIndustryAndPlatformsWithoutFiguresAreNamed()
    {
        var tenant = TenantJson.UniqueId("bench");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "UTC", currency: "USD"));
        using var picked = await Api.PatchAsJsonAsync($"api/v1/tenants/{tenant}", new { industry = "real-estate" });
        Assert.Equal(HttpStatusCode.OK, picked.StatusCode);
        Assert.Equal("real-estate", (await picked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("industry").GetString());
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

        // Google: 5,000 clicks of 100,000 impressions (CTR 5%), 10,000.00 spent (CPC 2.00), 250 conversions (CVR 5%).
        await IngestAsync(tenant, "google", yesterday, impressions: 100_000, clicks: 5_000, spend: 10_000m, conversions: 250m);
        await IngestAsync(tenant, "tiktok", yesterday, impressions: 10_000, clicks: 100, spend: 50m, conversions: 2m);

        var report = await Eventually.ReadAsync(
            () => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/benchmarks"),
            r => r.GetProperty("platforms").GetArrayLength() == 1 && r.GetProperty("missing").GetArrayLength() >= 5);

        var google = Assert.Single(report.GetProperty("platforms").EnumerateArray());
        Assert.Equal("google", google.GetProperty("platform").GetString());
        var ctr = Metric(google, "ctr").GetProperty("industry");
        // Against Real Estate's 2024 average CTR of 9.20%: below, worse, and sure at 100,000 impressions.
        Assert.Equal(("below", "average", 0.092m, false, true), (ctr.GetProperty("position").GetString(), ctr.GetProperty("against").GetString(),
            ctr.GetProperty("reference").GetDecimal(), ctr.GetProperty("better").GetBoolean(), ctr.GetProperty("sure").GetBoolean()));
        var cpc = Metric(google, "cpc").GetProperty("industry");
        Assert.Equal(("below", 2.10m, true), (cpc.GetProperty("position").GetString(), cpc.GetProperty("reference").GetDecimal(), cpc.GetProperty("better").GetBoolean()));
        Assert.Equal("https://www.3pdigital.com.au/blog/google-ads-benchmarks-2024-industry-insights",
            cpc.GetProperty("figures")[0].GetProperty("source").GetProperty("url").GetString());
        var missing = report.GetProperty("missing").EnumerateArray().Select(m => $"{m.GetProperty("platform").GetString()}/{m.GetProperty("metric").GetString()}").ToList();
        Assert.Equal(["google/cpa", "tikTok/cpa", "tikTok/cpc", "tikTok/ctr", "tikTok/cvr"], missing.Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.Null, Metric(google, "cpa").GetProperty("industry").ValueKind);
        Assert.Equal(JsonValueKind.Object, Metric(google, "cpa").GetProperty("allIndustries").ValueKind);
        var audit = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audit?action=tenant.updated");
        Assert.Single(audit.GetProperty("items").EnumerateArray());
    }

    private static JsonElement Metric(JsonElement platform, string metric) =>
        platform.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("metric").GetString() == metric);

    private async Task IngestAsync(string tenant, string platform, DateOnly date, int impressions, int clicks, decimal spend, decimal conversions)
    {
        using var ingested = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new
        {
            items = new[]
            {
                new
                {
                    platform,
                    campaignId = $"{platform}-1",
                    date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    impressions,
                    clicks,
                    spend,
                    conversions,
                    conversionValue = conversions * 100m,
                },
            },
        });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
    }
}
