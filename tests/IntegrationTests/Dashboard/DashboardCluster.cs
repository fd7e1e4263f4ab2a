using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using MimeKit;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The web dashboard as a real process in front of an API host on the shared silo, and Debian's chromium driven by Playwright.</summary>
public sealed partial class DashboardCluster : ApiCluster
{
    private readonly SmtpSink _smtp = new();
    private AppProcess? _dashboard;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Chosen before the API host starts, so the links in its emails open this dashboard.</summary>
    public Uri DashboardAddress { get; } = new($"http://127.0.0.1:{FreePort.Next()}/");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser did not start.");

    /// <summary>The API host mails invitations and password resets to a local SMTP server the tests read, with links to this dashboard, and sends people back to it from a platform's consent.</summary>
    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Smtp__Host"] = "127.0.0.1",
        ["Smtp__Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Smtp__Security"] = "None",
        ["Smtp__ResetUrl"] = new Uri(DashboardAddress, "reset-password").ToString(),
        ["Smtp__InvitationUrl"] = new Uri(DashboardAddress, "accept-invitation").ToString(),
        ["Connectors__ReturnUrl"] = DashboardAddress.ToString(),
    };

    /// <summary>The token of the next invitation mailed (the browser tests send one at a time).</summary>
    public async Task<string> NextInvitationTokenAsync() =>
        InvitationToken().Match(await _smtp.NextMessageAsync(TimeSpan.FromSeconds(30))).Groups[1].Value;

    /// <summary>The link in the next email mailed (its text decoded, as a mail program shows it).</summary>
    public async Task<Uri> NextEmailLinkAsync()
    {
        var sent = await _smtp.NextMessageAsync(TimeSpan.FromSeconds(30));
        using var raw = new MemoryStream(Encoding.ASCII.GetBytes(sent));
        var text = (await MimeMessage.LoadAsync(raw)).TextBody ?? "";
        return new Uri(EmailLink().Match(text).Value);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
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
        await _smtp.DisposeAsync();
    }

    [GeneratedRegex(@"/invitations/accept: ([A-Za-z0-9_-]+)")]
    private static partial Regex InvitationToken();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex EmailLink();
}
