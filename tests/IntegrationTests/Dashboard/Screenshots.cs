using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>Every page the browser tests open is audited for accessibility and photographed: into docs/screenshots with GM_UPDATE_SCREENSHOTS=1, else into .artifacts.</summary>
public static class Screenshots
{
    public static async Task TakeAsync(IPage page, string name)
    {
        var width = page.ViewportSize?.Width ?? 0;
        await AccessibilityAudit.AssertPassesAsync(page, $"{name} ({width} px)");
        var folder = Environment.GetEnvironmentVariable("GM_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(TestEnvironment.RepositoryRoot, "docs", "screenshots")
            : Path.Combine(TestEnvironment.RepositoryRoot, ".artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        // From the top: a page scrolled to a button photographs the sticky app bar across its middle.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-{(width < 600 ? "phone" : "desktop")}.png"), FullPage = true });
    }
}
