using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The web dashboard as a real process in front of an API host on the shared silo, and Debian's chromium driven by Playwright.</summary>
public sealed class DashboardCluster : ApiCluster
{
    private AppProcess? _dashboard;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri DashboardAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser did not start.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        DashboardAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        _dashboard = AppProcess.Start("dashboard", TestEnvironment.DashboardDll, new Dictionary<string, string>
        {
            ["Urls"] = DashboardAddress.ToString().TrimEnd('/'),
            ["Dashboard__ApiBaseUrl"] = Cluster.ApiAddress.ToString(),
        });
        await _dashboard.WaitUntilReadyAsync(new Uri(DashboardAddress, "health/ready").ToString(), TimeSpan.FromSeconds(60));
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.Chromium,
            Headless = true,
            // This machine's network is closed: without these, chromium keeps trying to reach Google's services.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) at a desktop or phone size.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = DashboardAddress.ToString(),
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1366, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public string DashboardOutput => _dashboard?.Output ?? "";

    public override async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_dashboard is not null)
        {
            await _dashboard.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
