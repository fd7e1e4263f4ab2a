using System.Text;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static GrainMarketing.IntegrationTests.Dashboard.Browsing;
using static Microsoft.Playwright.Assertions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The competitors page's upload in a real browser: an editor imports an auction-insights export and Meta Ad Library reports and sees them appear, a broken file shows its errors by line and column, and a viewer sees no upload.</summary>
[Collection(DashboardCollection.Name)]
public sealed class CompetitorsPageTests(DashboardCluster fixture)
{
    private static readonly string Samples = Path.Combine(TestEnvironment.RepositoryRoot, "tools", "Simulator", "samples");

    [Fact]
    public async Task AnAdminUploadsAuctionInsightsAndMetaReportsAndSeesThemAndABrokenFileShowsItsErrors()
    {
        var page = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, page, "cmpup");
        using var _ = api;
        await page.GotoAsync($"t/{tenant}/competitors");
        await InteractiveAsync(page);
        await Expect(page.GetByTestId("competitors-empty")).ToBeVisibleAsync();

        await page.GetByLabel("File to import").SetInputFilesAsync(Path.Combine(Samples, "auction-insights-2026-11-30.csv"));
        await Expect(page.GetByTestId("upload-result")).ToContainTextAsync("Imported 5 auction-insights rows for 2026-11-30 to 2026-12-06");
        await Expect(page.GetByTestId("competitor-table")).ToContainTextAsync("shopnest.com");

        await page.GetByLabel("Kind of file").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Meta Ad Library" }).ClickAsync();
        foreach (var file in Directory.GetFiles(Samples, "FacebookAdLibraryReport_*_advertisers.csv").Order(StringComparer.Ordinal))
        {
            await page.GetByLabel("File to import").SetInputFilesAsync(file);
            await Expect(page.GetByTestId("upload-result")).ToContainTextAsync($"to {Path.GetFileName(file)[24..34]}");
        }

        await Expect(page.GetByTestId("upload-result")).ToContainTextAsync("2 jumps");
        await Expect(page.GetByTestId("meta-trend-104218830551207")).ToHaveTextAsync("ramping up");
        await Expect(page.GetByTestId("meta-trend-100673920114386")).ToHaveTextAsync("slowing down");
        await Expect(page.GetByTestId("meta-report")).ToContainTextAsync("ShopNest");

        await page.GetByLabel("File to import").SetInputFilesAsync(new FilePayload
        {
            Name = "FacebookAdLibraryReport_2026-12-13_US_last_7_days_advertisers.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("Page ID,Page name,Disclaimer,Amount spent (USD),Number of ads in Library\n104218830551207,ShopNest,ShopNest Inc.,lots,31\n"),
        });
        await Expect(page.GetByTestId("upload-problem")).ToContainTextAsync("line 2");
        await Expect(page.GetByTestId("upload-problem")).ToContainTextAsync("Amount spent (USD): 'lots'");
        await Screenshots.TakeAsync(page, "competitors-upload");

        var phone = await SameSession.OnPhoneAsync(fixture, page);
        await phone.GotoAsync($"t/{tenant}/competitors");
        await InteractiveAsync(phone);
        await Expect(phone.GetByTestId("meta-trend-104218830551207")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(phone, "competitors-upload");
    }

    [Fact]
    public async Task AViewerSeesTheCompetitorsButNoUpload()
    {
        var admin = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, admin, "cmpview");
        using var _ = api;
        var viewer = await fixture.NewPageAsync();
        await SignUpAsMemberAsync(fixture, viewer, tenant, "viewer", api);

        await viewer.GotoAsync($"t/{tenant}/competitors");
        await InteractiveAsync(viewer);

        await Expect(viewer.GetByTestId("competitors-empty")).ToBeVisibleAsync();
        await Expect(viewer.GetByTestId("competitor-upload")).ToHaveCountAsync(0);
    }
}
