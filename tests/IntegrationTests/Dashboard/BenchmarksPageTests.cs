using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static GrainMarketing.IntegrationTests.Dashboard.Browsing;
using static Microsoft.Playwright.Assertions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The benchmarks and competitors pages in a real browser: an admin picks the industry and sees where each KPI stands; imported auction insights show as trends and a jump.</summary>
[Collection(DashboardCollection.Name)]
public sealed class BenchmarksPageTests(DashboardCluster fixture)
{
    [Fact]
    public async Task AnAdminPicksTheIndustryAndEachKpiShowsWhereItStandsWithItsSource()
    {
        var page = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, page, "bmk");
        using var _ = api;
        using var usd = await api.PatchAsJsonAsync($"api/v1/tenants/{tenant}", new { currency = "USD" });
        Assert.Equal(HttpStatusCode.OK, usd.StatusCode);
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var ingested = await api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new
        {
            items = new[]
            {
                new { platform = "google", campaignId = "search-1", date = yesterday, impressions = 100_000, clicks = 5_000, spend = 10_000m, conversions = 250m, conversionValue = 25_000m },
                new { platform = "meta", campaignId = "feed-1", date = yesterday, impressions = 200_000, clicks = 2_000, spend = 3_000m, conversions = 150m, conversionValue = 9_000m },
            },
        });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
        // Accepted is not yet applied: the comparison reads the tenant's platform totals once, when asked.
        await Eventually.ReadAsync(
            () => api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analytics/summary?window=30d"),
            s => s.GetProperty("totals").GetProperty("impressions").GetInt64() == 300_000);
        await page.GotoAsync($"t/{tenant}/benchmarks");
        await InteractiveAsync(page);
        await Expect(page.GetByTestId("benchmarks-no-industry")).ToBeVisibleAsync();

        await page.GetByLabel("Your industry").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Real Estate" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare with this industry" }).ClickAsync();

        // 5% CTR against Real Estate's 9.20% average (2024), surely below; 2.00 USD a click against 2.10 USD.
        await Expect(page.GetByTestId("benchmark-Google-ctr-value")).ToHaveTextAsync(0.05.ToString("P2", CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("benchmark-Google-ctr-standing")).ToContainTextAsync("Below the average");
        await Expect(page.GetByTestId("benchmark-Google-cpc-standing")).ToContainTextAsync("Below the average");
        await Expect(page.GetByTestId("benchmark-Google").Locator("a[href='https://www.3pdigital.com.au/blog/google-ads-benchmarks-2024-industry-insights']").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("benchmarks-missing")).ToContainTextAsync("CPA");
        await Screenshots.TakeAsync(page, "benchmarks");

        var phone = await SameSession.OnPhoneAsync(fixture, page);
        await phone.GotoAsync($"t/{tenant}/benchmarks");
        await InteractiveAsync(phone);
        await Expect(phone.GetByTestId("benchmark-Google-ctr-standing")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(phone, "benchmarks");
    }

    [Fact]
    public async Task ImportedAuctionInsightsShowEachCompetitorsTrendAndTheJump()
    {
        var page = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, page, "cmp");
        using var _ = api;
        var samples = Path.Combine(TestEnvironment.RepositoryRoot, "tools", "Simulator", "samples");
        foreach (var file in Directory.GetFiles(samples, "auction-insights-*.csv").Order(StringComparer.Ordinal))
        {
            using var content = new ByteArrayContent(await File.ReadAllBytesAsync(file));
            content.Headers.ContentType = new("text/csv");
            using var imported = await api.PostAsync($"api/v1/tenants/{tenant}/competitors/imports", content);
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        }

        await page.GotoAsync($"t/{tenant}/competitors");
        await InteractiveAsync(page);

        await Expect(page.GetByTestId("trend-shopnest.com")).ToHaveTextAsync("gaining");
        await Expect(page.GetByTestId("trend-dealfinder.net")).ToHaveTextAsync("losing");
        await Expect(page.GetByTestId("competitor-jumps")).ToContainTextAsync("shopnest.com");
        await Expect(page.GetByTestId("competitor-table")).ToContainTextAsync("trendcart.co");
        await Screenshots.TakeAsync(page, "competitors");

        await page.GetByLabel("Campaign (empty for the whole account)").FillAsync("brand");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.GetByTestId("competitors-empty")).ToBeVisibleAsync();

        var phone = await SameSession.OnPhoneAsync(fixture, page);
        await phone.GotoAsync($"t/{tenant}/competitors");
        await InteractiveAsync(phone);
        await Expect(phone.GetByTestId("trend-shopnest.com")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(phone, "competitors");
    }
}
