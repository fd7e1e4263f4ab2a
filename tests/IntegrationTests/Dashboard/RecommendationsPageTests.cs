using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GrainMarketing.Insights.Recommendations;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static GrainMarketing.IntegrationTests.Dashboard.Browsing;
using static Microsoft.Playwright.Assertions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>
/// The recommendations page and the campaign page's creative insight in a real browser: a planted tenant's truths listed by
/// priority, filtered in the URL, applied by an editor (and a stale apply refused in words); a fatiguing creative shown
/// with its start day, its CTR by day and its rising frequency.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class RecommendationsPageTests(DashboardCluster fixture)
{
    /// <summary>The detectors read the campaign grains once the planted tenant's 13 campaigns × 28 days are rolled up: tens of seconds on a shared two-core machine.</summary>
    private static readonly TimeSpan GenerationTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task AnEditorFiltersAppliesARecommendationAndSeesAStaleApplyRefusedInWords()
    {
        var (tenant, truths) = await PlantedTenantAsync();
        var page = await fixture.NewPageAsync();
        await SignUpAsMemberAsync(fixture, page, tenant, "editor");

        await page.GotoAsync($"t/{tenant}/recommendations");
        await InteractiveAsync(page);
        var targets = truths.Select(truth => truth.Split('|', 2)[1]).ToList();
        foreach (var target in targets)
        {
            await Expect(Card(page, target).GetByTestId("recommendation-status")).ToHaveTextAsync("open");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Generate now" }).ClickAsync();
        await Expect(page.GetByTestId("recommendations-generated")).ToContainTextAsync($"Just now: {truths.Count} open");

        await page.GetByLabel("Kind", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Pause a campaign" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/recommendations\?kind=pauseCampaign$"));
        await Expect(Card(page, targets.Single(t => t.StartsWith("age=", StringComparison.Ordinal)))).ToHaveCountAsync(0);
        var pause = Card(page, PlantedTenant.BadCampaign);
        await Expect(pause.GetByTestId("recommendation-impact")).ToContainTextAsync("conversions a week (80%:");
        await pause.GetByTestId("apply").ClickAsync();
        await Expect(pause.GetByTestId("confirm-apply")).ToContainTextAsync($"Applying will pause on {PlantedTenant.BadCampaign} now");
        await pause.GetByTestId("apply-confirm").ClickAsync();
        await Expect(pause.GetByTestId("recommendation-status")).ToHaveTextAsync("applied");
        await Expect(pause.GetByTestId("recommendation-outcome")).ToContainTextAsync("Applied by");
        var campaign = await fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/{PlantedTenant.BadCampaign}");
        Assert.Equal("paused", campaign.GetProperty("metadata").GetProperty("status").GetString());

        await page.GotoAsync($"t/{tenant}/recommendations");
        await InteractiveAsync(page);
        var creativeTarget = $"{PlantedTenant.FatiguedCampaign}/creative/{PlantedTenant.FatiguedCreative}";
        var creative = Card(page, creativeTarget);
        await Expect(creative.GetByTestId("recommendation-status")).ToHaveTextAsync("open");
        var id = await IdOfAsync(tenant, creativeTarget);
        using var dismissed = await fixture.Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/recommendations/{id}/dismiss", new { reason = "A new creative is already in review" });
        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
        await creative.GetByTestId("apply").ClickAsync();
        await creative.GetByTestId("apply-confirm").ClickAsync();
        await Expect(creative.GetByTestId("recommendation-refusal")).ToHaveTextAsync("Not applied: This recommendation is dismissed, not open.");
        await Expect(creative.GetByTestId("recommendation-status")).ToHaveTextAsync("dismissed");
        await Expect(creative.GetByTestId("recommendation-reason")).ToContainTextAsync("A new creative is already in review");
        await Screenshots.TakeAsync(page, "recommendations");

        var phone = await fixture.NewPageAsync(phone: true);
        await SignUpAsMemberAsync(fixture, phone, tenant, "viewer");
        await phone.GotoAsync($"t/{tenant}/recommendations");
        await InteractiveAsync(phone);
        await Expect(Card(phone, PlantedTenant.BadCampaign).GetByTestId("recommendation-status")).ToHaveTextAsync("applied");
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Generate now" })).ToHaveCountAsync(0);
        await Expect(phone.GetByTestId("apply")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(phone, "recommendations");
    }

    [Fact]
    public async Task TheCampaignPageShowsTheFatiguedCreativeFromItsStartDayWithItsCtrAndFrequencyByDay()
    {
        const int days = 14;
        const int knot = 6;
        var page = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, page, "crv");
        using var _ = api;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        string Day(int index) => today.AddDays(index - days + 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var items = new List<object>();
        for (var t = 0; t < days; t++)
        {
            // As CreativeInsightApiTests: after day 6 the tired creative's CTR falls 8 points of its start a day while its reach shrinks.
            var after = Math.Max(0, t - knot);
            items.Add(CreativeRow(Day(t), "steady", "video", clicks: 100, reach: 2_000));
            items.Add(CreativeRow(Day(t), "tired", "image", clicks: (int)Math.Round(100 * (1 - 0.08 * after)), reach: (long)(5_000 / (1.5 + 0.25 * after))));
        }

        using var ingested = await api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
        await Eventually.ReadAsync(
            () => api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:c1/creatives/insight?window=30d"),
            insight => insight.GetProperty("creatives").EnumerateArray().Sum(c => c.GetProperty("days").GetArrayLength()) == 2 * days);

        await page.GotoAsync($"t/{tenant}/campaigns/meta:c1?window=30d");
        await InteractiveAsync(page);
        var section = page.GetByTestId("creative-insight");
        // The insight ranks by Monte Carlo over the creatives' posteriors after the page's other panels have loaded: seconds on a shared two-core machine.
        await Expect(section.GetByTestId("creative-verdict")).ToContainTextAsync("steady has the best CTR", new() { Timeout = 30_000 });
        await Expect(section.GetByTestId("fatigue-tired").GetByTestId("fatigued")).ToContainTextAsync($"Fatigued since {Day(knot)}");
        await Expect(section.GetByTestId("creative-ctr-chart")).ToBeVisibleAsync();
        await Expect(section.GetByTestId("creative-frequency-chart")).ToBeVisibleAsync();
        await Expect(section.GetByTestId("format-ranking")).ToContainTextAsync("image");
        await Screenshots.TakeAsync(page, "campaign-creatives");

        await section.GetByTestId("campaign-recommendations").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/recommendations\?target=meta(%3A|:)c1$"));
        await Expect(page.GetByTestId("recommendations-target")).ToContainTextAsync("About meta:c1");

        var phone = await SameSession.OnPhoneAsync(fixture, page);
        await phone.GotoAsync($"t/{tenant}/campaigns/meta:c1?window=30d");
        await InteractiveAsync(phone);
        await Expect(phone.GetByTestId("fatigue-tired").GetByTestId("fatigued")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(phone, "campaign-creatives");
    }

    private static ILocator Card(IPage page, string target) => page.Locator($"[data-testid='recommendation'][data-target='{target}']");

    private static object CreativeRow(string date, string creative, string format, int clicks, long reach) => new
    {
        platform = "meta",
        campaignId = "c1",
        date,
        adId = creative,
        creativeFormat = format,
        impressions = 5_000,
        reach,
        clicks,
        spend = 10m,
        conversions = clicks / 20m,
    };

    private async Task<string> IdOfAsync(string tenant, string target)
    {
        var found = await fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/recommendations?target={Uri.EscapeDataString(target)}");
        return found.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("target").GetString() == target).GetProperty("id").GetString()!;
    }

    /// <summary>
    /// A planted tenant's 28 days ending yesterday, ingested one campaign a request as the cluster's account (its admin), then the
    /// detectors run until every planted truth is open, as RecommendationsApiTests does. The hours come from the campaigns' arrival
    /// ring and all history arrives at once here, so the planted daypart is not among the truths to find.
    /// </summary>
    private async Task<(string Tenant, IReadOnlySet<string> Truths)> PlantedTenantAsync()
    {
        var (tenant, planted) = await PlantedTenantJson.IngestAsync(fixture.Api, "recspage");
        var truths = planted.Truths.Where(t => !t.StartsWith($"{RecommendationKind.Daypart}|", StringComparison.Ordinal)).ToHashSet();
        await Eventually.ReadAsync(
            async () => await (await fixture.Api.PostAsync($"api/v1/tenants/{tenant}/recommendations/generate", null)).Content.ReadFromJsonAsync<JsonElement>(),
            page => page.GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("status").GetString() == "open")
                .Select(i => $"{Pascal(i.GetProperty("kind").GetString()!)}|{i.GetProperty("target").GetString()}").ToHashSet().SetEquals(truths),
            GenerationTimeout);
        return (tenant, truths);
    }

    private static string Pascal(string camel) => char.ToUpperInvariant(camel[0]) + camel[1..];
}
