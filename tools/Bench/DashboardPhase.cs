using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace GrainMarketing.Bench;

/// <summary>
/// Phase 9, the dashboard in a real browser (Debian's chromium): a tenant with <c>--dashboard-campaigns</c>
/// campaigns (the lists phase's data), its Overview opened cold in a new browser context five times
/// (first contentful paint, the KPI cards' numbers painted, the page answering input, the first live update,
/// each from navigation start, taken in the page by a mutation observer), then ten lone changes ingested
/// through the API and timed until the Overview's live spend shows them.
/// </summary>
internal sealed class DashboardPhase(BenchOptions options, Report report)
{
    private const string Phase = "9 dashboard";
    private const int Loads = 5;
    private const int Changes = 20;

    /// <summary>Records, in page time, when each marker first appears; installed before the page's own scripts run.</summary>
    private const string Marks = """
        window.__marks = {};
        const check = () => {
          const marks = window.__marks;
          const kpi = document.querySelector('[data-testid="kpi-spend-value"]');
          if (!marks.kpis && kpi && /\d/.test(kpi.textContent)) marks.kpis = performance.now();
          const live = document.querySelector('[data-testid="live-state"]');
          if (!marks.live && live && live.textContent.startsWith('updated')) marks.live = performance.now();
          if (!marks.interactive && document.querySelector('[data-interactive="true"]')) marks.interactive = performance.now();
        };
        new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        """;

    public async Task RunAsync()
    {
        var tenant = $"dash-{Guid.NewGuid():N}"[..16];
        using var api = await BenchApi.CreateAsync(options.Api, tenant, options.Concurrency + 8);
        var (rows, impressions) = await new ListsPhase(options, report).LoadAsync(api, options.DashboardCampaigns);
        report.Add(Phase, $"{options.DashboardCampaigns:N0} campaigns: tenant {tenant} loaded", $"{rows:N0} rows, {impressions:N0} impressions; dashboard {options.Web}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = options.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var session = await SignInAsync(browser, api);
        var overview = new Uri(options.Web, $"t/{tenant}/overview").ToString();
        var loads = new List<IReadOnlyDictionary<string, double>>();
        IPage? page = null;
        for (var load = 0; load < Loads; load++)
        {
            Report.Progress($"dashboard: cold load {load + 1} of {Loads}");
            // One page open at a time, as one person would: the API holds each caller to a few live feeds.
            if (page is not null)
            {
                await page.Context.CloseAsync();
            }

            var context = await browser.NewContextAsync(new BrowserNewContextOptions { StorageState = session, ViewportSize = new() { Width = 1366, Height = 900 } });
            await context.AddInitScriptAsync(Marks);
            page = await context.NewPageAsync();
            await page.GotoAsync(overview, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
            await page.WaitForFunctionAsync("() => window.__marks.kpis && window.__marks.live && window.__marks.interactive", null, new() { Timeout = 60_000 });
            var marks = await page.EvaluateAsync<Dictionary<string, double>>(
                "() => ({ ...window.__marks, paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1, "
                + "document: performance.getEntriesByType('navigation')[0].responseEnd, loaded: performance.getEntriesByType('navigation')[0].loadEventEnd })");
            marks["meaningful"] = Math.Max(marks["kpis"], marks["paint"]);
            loads.Add(marks);
        }

        foreach (var (mark, what) in new[]
        {
            ("document", "prerendered page received (responseEnd)"), ("loaded", "page and its styles and scripts loaded (loadEventEnd)"),
            ("paint", "first contentful paint"), ("meaningful", "KPI cards' numbers on screen (first meaningful paint: in the page and painted)"),
            ("interactive", "page answers input (circuit connected)"), ("live", "first live update shown"),
        })
        {
            var times = loads.Select(marks => marks[mark]).Order().ToList();
            report.Add(Phase, $"Overview, {options.DashboardCampaigns:N0} campaigns, cold in a new browser context ({Loads} loads): {what}",
                $"median {times[times.Count / 2]:N0} ms, max {times[^1]:N0} ms from navigation start");
        }

        var latencies = await LiveLatenciesAsync(page!, api, new Random((int)options.Seed));
        report.Add(Phase, $"one change ingested through the API until the Overview's live spend shows it ({Changes} lone changes, 2-3 s apart)",
            $"median {latencies[latencies.Count / 2]:N0} ms, max {latencies[^1]:N0} ms");
    }

    /// <summary>Signs the bench account in through the sign-in page (its one tenant opens) and keeps the session cookie.</summary>
    private async Task<string> SignInAsync(IBrowser browser, BenchApi api)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(options.Web, "signin").ToString());
        await page.GetByLabel("Email").FillAsync(BenchAccount.Email(api.Tenant));
        await page.GetByLabel("Password").FillAsync(api.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync($"**/t/{api.Tenant}/overview");
        var session = await context.StorageStateAsync();
        await context.CloseAsync();
        return session;
    }

    /// <summary>Changes 2-3 s apart at random, so they land at every point of the live feed's one-second tick.</summary>
    private static async Task<List<double>> LiveLatenciesAsync(IPage page, BenchApi api, Random random)
    {
        var latencies = new List<double>();
        for (var change = 0; change < Changes; change++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(2_000 + random.Next(1_000)));
            var before = await page.GetByTestId("live-spend").InnerTextAsync();
            var body = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"{{\"platform\":\"meta\",\"campaignId\":\"cmp-00000\",\"date\":\"{DateTime.UtcNow:yyyy-MM-dd}\",\"impressions\":100,\"clicks\":3,\"spend\":1.25,"
                + $"\"conversions\":0,\"conversionValue\":0,\"kind\":\"delta\",\"eventId\":\"dash-{change}-{Guid.NewGuid():N}\"}}\n"));
            var clock = Stopwatch.StartNew();
            if (!(await api.PostWithRetriesAsync(body)).Accepted)
            {
                throw new InvalidOperationException("dashboard: a change was refused");
            }

            await page.WaitForFunctionAsync(
                "before => document.querySelector('[data-testid=\"live-spend\"]').textContent !== before", before, new() { Timeout = 30_000 });
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        latencies.Sort();
        return latencies;
    }
}
