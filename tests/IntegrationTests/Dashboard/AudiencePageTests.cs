using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.IntegrationTests.Insights.Audience;
using static GrainMarketing.IntegrationTests.Dashboard.Browsing;
using static Microsoft.Playwright.Assertions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The Audience page against ad metrics sent through the API: segments ranked by a KPI, the platform that lacks a dimension named, geography.</summary>
[Collection(DashboardCollection.Name)]
public sealed class AudiencePageTests(DashboardCluster fixture)
{
    [Fact]
    public async Task SegmentsRankByTheChosenKpiAsTheApiDoesNamingThePlatformThatLacksTheDimensionAndCountriesMatchTheApi()
    {
        var page = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, page, "aud");
        using var ingest = fixture.Cluster.CreateApiClient();
        ingest.DefaultRequestHeaders.Add("X-Api-Key", await TestAccounts.CreateKeyAsync(api, tenant, "ingest"));
        using var sent = await ingest.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new
        {
            items = new object[]
            {
                Row("meta", age: "18-24", gender: "female", spend: 120m, conversions: 6m, value: 500m),
                Row("meta", age: "25-34", gender: "female", spend: 300m, conversions: 10m, value: 1200m),
                Row("meta", age: "25-34", gender: "male", spend: 90m, conversions: 2m, value: 150m),
                Row("meta", age: "35-44", gender: "male", spend: 60m, conversions: 4m, value: 260m),
                Row("google", age: "25-34", spend: 200m, conversions: 5m, value: 700m),
                Row("google", gender: "female", spend: 200m, conversions: 5m, value: 700m),
                Row("meta", country: "FR", spend: 330m, conversions: 14m, value: 1500m),
                Row("meta", country: "DE", spend: 240m, conversions: 8m, value: 610m),
                Row("google", country: "FR", spend: 200m, conversions: 5m, value: 700m),
            },
        });
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var crossed = await Eventually.ReadAsync(() => api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/demographics/segments?dimension=age,gender&metric=cpa&order=asc&window=7d"),
            ranking => ranking.GetProperty("segments").GetArrayLength() == 4 && ranking.GetProperty("missingSources").GetArrayLength() == 1);
        var countries = await Eventually.ReadAsync(() => api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/demographics/geographic?by=country&metric=cpa&order=asc&window=7d"),
            ranking => ranking.GetProperty("segments").GetArrayLength() == 2);

        await page.GotoAsync($"t/{tenant}/audience?dimension=age,gender&kpi=cpa");
        var missing = crossed.GetProperty("missingSources")[0];
        Assert.Equal("google", missing.GetProperty("platform").GetString());
        await Expect(page.GetByTestId("comparability-demographic")).ToContainTextAsync($"google ({missing.GetProperty("reason").GetString()})");
        var ranked = crossed.GetProperty("segments").EnumerateArray().ToList();
        await Expect(page.GetByTestId("segments-demographic").GetByTestId("segment-name"))
            .ToHaveTextAsync([.. ranked.Select(segment => segment.GetProperty("segment").GetString()!.Replace("|", " · ", StringComparison.Ordinal))]);
        foreach (var segment in ranked)
        {
            await Expect(page.GetByTestId($"value-{segment.GetProperty("segment").GetString()}")).ToHaveTextAsync(CustomerSeeding.Money(segment.GetProperty("kpis").GetProperty("cpa").GetDecimal()));
        }

        foreach (var country in countries.GetProperty("segments").EnumerateArray())
        {
            await Expect(page.GetByTestId($"spend-{country.GetProperty("segment").GetString()}")).ToHaveTextAsync(CustomerSeeding.Money(country.GetProperty("totals").GetProperty("spend").GetDecimal()));
        }

        await Expect(page.GetByTestId("segments-geographic").GetByTestId("segment-name"))
            .ToHaveTextAsync([.. countries.GetProperty("segments").EnumerateArray().Select(country => country.GetProperty("segment").GetString()!)]);
        await Screenshots.TakeAsync(page, "audience");

        await InteractiveAsync(page);
        await page.GetByText("Age", new() { Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**dimension=age*");
        await Expect(page.GetByTestId("comparability-demographic")).ToContainTextAsync("all are included");

        var phone = await fixture.NewPageAsync(phone: true);
        await Browsing.SignUpAsMemberAsync(fixture, phone, tenant, "viewer", api);
        await phone.GotoAsync($"t/{tenant}/audience?dimension=age,gender&kpi=cpa");
        await Expect(phone.GetByTestId("comparability-demographic")).ToContainTextAsync("google");
        await Screenshots.TakeAsync(phone, "audience");
    }

    [Fact]
    public async Task TheInsightPanelShowsCpaIntervalsTheBetterInterestTheSaturatingOneAndItsWeeklyTrend()
    {
        var page = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, page, "audi");
        using var ingest = fixture.Cluster.CreateApiClient();
        ingest.DefaultRequestHeaders.Add("X-Api-Key", await TestAccounts.CreateKeyAsync(api, tenant, "ingest"));
        var rows = PlantedInterests.Rows(56);
        using var sent = await ingest.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items = rows });
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var insight = await Eventually.ReadAsync(() => api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audience/insight?dimension=interest&window=56d"),
            body => body.GetProperty("segments").EnumerateArray().Sum(s => s.GetProperty("totals").GetProperty("conversions").GetDecimal()) == PlantedInterests.Conversions(rows));
        var cooking = insight.GetProperty("segments").EnumerateArray().Single(s => s.GetProperty("segment").GetString() == "cooking").GetProperty("cpa");

        await page.GotoAsync($"t/{tenant}/audience?dimension=interest&weeks=8");
        var panel = page.GetByTestId("audience-insight");
        await Expect(panel.GetByTestId("insight-segment")).ToHaveCountAsync(6);
        await Expect(panel.GetByTestId("insight-segment").First).ToHaveTextAsync("cooking");
        await Expect(panel.GetByTestId("insight-cpa-cooking")).ToContainTextAsync(
            $"({cooking.GetProperty("low").GetDouble().ToString("N2", CultureInfo.InvariantCulture)}–{cooking.GetProperty("high").GetDouble().ToString("N2", CultureInfo.InvariantCulture)})");
        await Expect(panel.GetByTestId("insight-cpa-verdict-cooking")).ToContainTextAsync("better");
        await Expect(panel.GetByTestId("insight-cpa-verdict-chess")).ToHaveTextAsync("too few conversions");
        await Expect(panel.GetByTestId("saturating-running")).ToContainTextAsync("running: CPA elasticity");
        await Expect(panel.GetByTestId("insight-trend").Locator("svg")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "audience-insight");

        var phone = await fixture.NewPageAsync(phone: true);
        await Browsing.SignUpAsMemberAsync(fixture, phone, tenant, "viewer", api);
        await phone.GotoAsync($"t/{tenant}/audience?dimension=interest&weeks=8&segment=cooking&trend=roas");
        await Expect(phone.GetByTestId("saturating-running")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(phone, "audience-insight");
    }

    private static Dictionary<string, object?> Row(string platform, string? age = null, string? gender = null, string? country = null,
        decimal spend = 0, decimal conversions = 0, decimal value = 0) => new()
        {
            ["platform"] = platform,
            ["campaignId"] = platform == "meta" ? "spring" : "search",
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["age"] = age,
            ["gender"] = gender,
            ["country"] = country,
            ["impressions"] = (long)(spend * 40),
            ["clicks"] = (long)(spend / 2),
            ["spend"] = spend,
            ["conversions"] = conversions,
            ["conversionValue"] = value,
        };
}
