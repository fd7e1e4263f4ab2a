using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static GrainMarketing.IntegrationTests.Dashboard.Browsing;
using static Microsoft.Playwright.Assertions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The Insights pages and the campaign page's outlook in a real browser: the figures shown are the API's own.</summary>
[Collection(DashboardCollection.Name)]
public sealed class InsightsPageTests(DashboardCluster fixture, InsightsTenants tenants) : IClassFixture<InsightsTenants>
{
    /// <summary>A proposal fits every campaign's response curve with bootstrap refits first: seconds of CPU on a shared two-core machine.</summary>
    private const float ProposalTimeout = 60_000;

    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task TheForecastShowsTheApisFirstDayWithBothIntervalsItsMethodAndBacktest()
    {
        var tenant = await tenants.HistoryAsync(fixture.Api);
        var page = await fixture.NewPageAsync();
        await SignUpAsMemberAsync(fixture, page, tenant, "editor");

        await page.GotoAsync($"t/{tenant}/insights/forecasts?campaign=meta:room&metric=spend&horizon=14");

        var forecast = await fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/forecast?metric=spend&horizon=14&level=campaign&id=meta:room");
        var first = forecast.GetProperty("days")[0];
        await Expect(page.GetByTestId("forecast-first-value")).ToHaveTextAsync(Number(first, "value"));
        await Expect(page.GetByTestId("forecast-first-80")).ToHaveTextAsync($"{Number(first, "lower80")} – {Number(first, "upper80")}");
        await Expect(page.GetByTestId("forecast-first-95")).ToHaveTextAsync($"{Number(first, "lower95")} – {Number(first, "upper95")}");
        await Expect(page.GetByTestId("forecast-method")).ToContainTextAsync(forecast.GetProperty("method").GetString()!);
        await Expect(page.GetByTestId("forecast-backtest")).ToContainTextAsync($"over {forecast.GetProperty("backtest").GetProperty("pairs").GetInt32()} origin-day pairs");
        await BothWidthsAsync(page, "insights-forecasts");
    }

    [Fact]
    public async Task TheCampaignPageShowsItsForecastPacingAndCurveAndWhatAYoungCampaignStillLacks()
    {
        var tenant = await tenants.HistoryAsync(fixture.Api);
        var page = await fixture.NewPageAsync();
        await SignUpAsMemberAsync(fixture, page, tenant, "editor");

        await page.GotoAsync(Route(tenant, "campaigns/meta:room"));

        var forecast = await fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/forecast?metric=spend&horizon=14&level=campaign&id=meta:room");
        var pacing = await fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:room/pacing");
        var curve = await fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:room/response-curve");
        var outlook = page.GetByTestId("campaign-outlook");
        await Expect(outlook.GetByTestId("forecast-first-value")).ToHaveTextAsync(Number(forecast.GetProperty("days")[0], "value"));
        await Expect(outlook.GetByTestId("pacing-budget")).ToHaveTextAsync($"{Number(pacing, "dailyBudget")} EUR");
        await Expect(outlook.GetByTestId("pacing-spent")).ToHaveTextAsync($"{Number(pacing, "spentSoFar")} EUR");
        var atSpend = curve.GetProperty("conversions").GetProperty("atCurrentSpend");
        await Expect(outlook.GetByTestId("curve-now")).ToContainTextAsync($"At today's {Number(curve, "currentDailySpend")} EUR a day");
        await Expect(outlook.GetByTestId("curve-now")).ToContainTextAsync($"{Number(atSpend, "value")} (80%: {Number(atSpend, "lower80")} – {Number(atSpend, "upper80")}) conversions a day");
        await BothWidthsAsync(page, "campaign-outlook");

        await page.SetViewportSizeAsync(1366, 900);
        await page.GotoAsync(Route(tenant, "campaigns/tiktok:young"));
        await Expect(page.GetByTestId("missing-curve")).ToContainTextAsync("Days of history: 28 days with spend needed, 10 recorded");
        await Expect(page.GetByTestId("missing-forecast")).ToContainTextAsync("Days of history: 28 needed, 10 recorded");
        await Expect(page.GetByTestId("page-problem")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TheOptimiserNamesABadTotalShowsTheApisGainAndAnEditorAppliesIt()
    {
        var tenant = await tenants.HistoryAsync(fixture.Api);
        var page = await fixture.NewPageAsync();
        await SignUpAsMemberAsync(fixture, page, tenant, "editor");
        await page.GotoAsync($"t/{tenant}/insights/budget");
        await InteractiveAsync(page);
        var total = page.GetByLabel("Total daily budget (EUR)");

        await total.FillAsync("-5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose a split" }).ClickAsync();
        using var refused = await fixture.Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/budget/optimize", new { totalDailyBudget = -5 });
        var message = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("totalDailyBudget")[0].GetString()!;
        await Expect(page.Locator(".mud-input-control", new() { Has = total }).GetByText(message)).ToBeVisibleAsync();

        await total.FillAsync("1250");
        await page.GetByLabel("Largest change per campaign (%)").FillAsync("50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose a split" }).ClickAsync();
        var shown = page.GetByTestId("proposal");
        await Expect(shown).ToBeVisibleAsync(new() { Timeout = ProposalTimeout });
        var proposal = await fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/budget/proposals/{await shown.GetAttributeAsync("data-proposal")}");
        var gain = proposal.GetProperty("gain");
        await Expect(page.GetByTestId("gain-value")).ToHaveTextAsync($"{Signed(gain.GetProperty("value").GetDouble())} conversions");
        await Expect(page.GetByTestId("gain-interval")).ToHaveTextAsync($"80%: {Number(gain, "lower80")} – {Number(gain, "upper80")}");
        Assert.Equal(1250, proposal.GetProperty("totalDailyBudget").GetDouble());
        await BothWidthsAsync(page, "insights-budget");

        await page.SetViewportSizeAsync(1366, 900);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply these budgets" }).ClickAsync();
        await Expect(page.GetByTestId("applied")).ToBeVisibleAsync();
        var room = proposal.GetProperty("campaigns").EnumerateArray().Single(c => c.GetProperty("campaign").GetString() == "meta:room");
        var campaign = await fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:room");
        Assert.Equal(room.GetProperty("proposedBudget").GetDecimal(), campaign.GetProperty("metadata").GetProperty("dailyBudget").GetDecimal());
    }

    [Fact]
    public async Task AnAnomalysFalsePositiveVerdictIsShownOnItsRowAndTheApiReturnsIt()
    {
        var tenant = await tenants.HistoryAsync(fixture.Api);
        var listed = await fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/anomalies?level=campaign&metric=conversions");
        var pixel = listed.GetProperty("items").EnumerateArray().First(a => a.GetProperty("kind").GetString() == "brokenPixel");
        var page = await fixture.NewPageAsync();
        var email = await SignUpAsMemberAsync(fixture, page, tenant, "editor");

        await page.GotoAsync($"t/{tenant}/insights/anomalies");
        await InteractiveAsync(page);

        var row = page.Locator("tr", new() { HasText = "Broken pixel" });
        await Expect(row.GetByTestId("anomaly-observed")).ToHaveTextAsync(Number(pixel, "observed"));
        await Expect(row.GetByTestId("anomaly-expected")).ToHaveTextAsync($"{Number(pixel, "expected")} ({Number(pixel, "lower")} – {Number(pixel, "upper")})");
        await BothWidthsAsync(page, "insights-anomalies");
        await page.SetViewportSizeAsync(1366, 900);
        await row.GetByRole(AriaRole.Button, new() { Name = "Mark the Conversions anomaly a false positive" }).ClickAsync();

        await Expect(row.GetByTestId("anomaly-verdict")).ToContainTextAsync($"false positive by {email}");
        await Expect(row.GetByTestId("series-threshold")).ToBeVisibleAsync();
        var judged = await fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/anomalies?status=falsePositive");
        var returned = Assert.Single(judged.GetProperty("items").EnumerateArray());
        Assert.Equal((pixel.GetProperty("id").GetString(), email), (returned.GetProperty("id").GetString(), returned.GetProperty("feedbackBy").GetString()));
    }

    [Fact]
    public async Task AViewerSeesNoFeedbackApplyOrTrainButtons()
    {
        var tenant = await tenants.HistoryAsync(fixture.Api);
        var page = await fixture.NewPageAsync();
        await SignUpAsMemberAsync(fixture, page, tenant, "viewer");

        await page.GotoAsync($"t/{tenant}/insights/anomalies?status=all");
        await Expect(page.GetByTestId("incident").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Mark the ") })).ToHaveCountAsync(0);

        await page.GotoAsync($"t/{tenant}/insights/budget");
        await InteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose a split" }).ClickAsync();
        await Expect(page.GetByTestId("proposal")).ToBeVisibleAsync(new() { Timeout = ProposalTimeout });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Apply these budgets" })).ToHaveCountAsync(0);

        await page.GotoAsync($"t/{tenant}/insights/predictions");
        await Expect(page.GetByTestId("training")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Train now" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TrainingShowsItsRunUntilItEndsAndThePredictionIsTheApis()
    {
        var tenant = await tenants.TrainingAsync(fixture.Api);
        var page = await fixture.NewPageAsync();
        await SignUpAsMemberAsync(fixture, page, tenant, "editor");
        await page.GotoAsync($"t/{tenant}/insights/predictions");
        await InteractiveAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Train now" }).ClickAsync();

        // Training is seconds of CPU in the silo on a shared two-core machine; the page polls and updates when it ends.
        await Expect(page.GetByTestId("run-status").First).ToHaveTextAsync("Succeeded", new() { Timeout = 180_000 });
        await Expect(page.GetByTestId("live-version")).ToHaveTextAsync("Predictions use version 1.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Predict" }).ClickAsync();
        using var predicted = await fixture.Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/predictions/campaign", new
        {
            platform = "meta",
            objective = "conversions",
            creativeFormat = "video",
            dailyBudget = 100,
            days = 14,
            audience = new { ageBands = new[] { "25-34" }, genders = Array.Empty<string>(), countries = Array.Empty<string>() },
        });
        var conversions = (await predicted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversions");
        await Expect(page.GetByTestId("predicted-Conversions").GetByTestId("predicted-total"))
            .ToHaveTextAsync($"{Number(conversions, "total")} (80%: {Number(conversions, "totalLower80")} – {Number(conversions, "totalUpper80")})");
        await BothWidthsAsync(page, "insights-predictions");
    }

    private static string Route(string tenant, string page) => $"t/{tenant}/{page}";

    /// <summary>As the page prints a figure: two decimals, invariant.</summary>
    private static string Number(JsonElement element, string name) => element.GetProperty(name).GetDouble().ToString("N2", CultureInfo.InvariantCulture);

    private static string Signed(double value) => (value >= 0 ? "+" : "−") + Math.Abs(value).ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>Photographs the page at desktop width, then at phone width once its layout has settled.</summary>
    private static async Task BothWidthsAsync(IPage page, string name)
    {
        await Screenshots.TakeAsync(page, name);
        await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await Screenshots.TakeAsync(page, name);
    }
}
