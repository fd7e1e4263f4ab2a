using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static GrainMarketing.IntegrationTests.Dashboard.Browsing;
using static Microsoft.Playwright.Assertions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The Offers pages: a campaign approved from the list, its refusal shown in the API's words, and its results and uplift equal to the API's.</summary>
[Collection(DashboardCollection.Name)]
public sealed class OffersPageTests(DashboardCluster fixture)
{
    private const int Customers = 12;

    [Fact]
    public async Task ACampaignApprovedHereShowsTheApisResultsAndUpliftWithItsIntervalAndAViewerSeesNoLifecycleButtons()
    {
        var page = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, page, "offer");
        using var ingest = fixture.Cluster.CreateApiClient();
        ingest.DefaultRequestHeaders.Add("X-Api-Key", await TestAccounts.CreateKeyAsync(api, tenant, "ingest"));
        var customers = Enumerable.Range(0, Customers).ToDictionary(i => $"shopper{i:00}", i => new[] { 20m + i, 15m });
        await CustomerSeeding.PurchasesAsync(ingest, tenant, customers, DateTimeOffset.UtcNow.AddDays(-3));
        await CustomerSeeding.NewCustomersAsync(api, tenant, Customers);
        var campaign = await CreateAsync(api, tenant, "Welcome back 10%");
        var rival = await CreateAsync(api, tenant, "Same segment again");

        await page.GotoAsync($"t/{tenant}/offers");
        await InteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve and start: Welcome back 10%" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pause: Welcome back 10%" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve and start: Same segment again" }).ClickAsync();
        using var refused = await api.PostAsync($"api/v1/tenants/{tenant}/offer-campaigns/{rival}/activate", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var reason = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        await Expect(page.GetByTestId("form-problem")).ToHaveTextAsync($"Same segment again: {reason}");
        await Screenshots.TakeAsync(page, "offers");

        var treated = await TreatedAsync(api, tenant, campaign);
        var heldOut = customers.Keys.Except(treated).ToList();
        Assert.InRange(treated.Count, 2, Customers - 2);
        // Every treated customer takes every step and all but one buy again; every other held-out customer buys anyway.
        await CustomerSeeding.StepsAsync(ingest, tenant, campaign, treated, 40m);
        var buyers = treated.Skip(1).Concat(heldOut.Where((_, i) => i % 2 == 0)).ToList();
        await CustomerSeeding.PurchasesAsync(ingest, tenant, buyers.ToDictionary(user => user, _ => new[] { 40m }), DateTimeOffset.UtcNow);
        var treatedRate = (double)(treated.Count - 1) / treated.Count;
        var heldOutRate = (double)heldOut.Count(buyers.Contains) / heldOut.Count;
        var results = await Eventually.ReadAsync(() => api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/offer-campaigns/{campaign}/results"),
            r => r.GetProperty("converted").GetInt32() == treated.Count && r.GetProperty("buyingRateUplift") is { ValueKind: JsonValueKind.Object } uplift
                && Math.Abs(uplift.GetProperty("treated").GetDouble() - treatedRate) < 1e-9 && Math.Abs(uplift.GetProperty("heldOut").GetDouble() - heldOutRate) < 1e-9);

        await page.GetByRole(AriaRole.Link, new() { Name = "Welcome back 10%" }).ClickAsync();
        await page.WaitForURLAsync($"**/t/{tenant}/offers/{campaign}");
        foreach (var step in new[] { "delivered", "viewed", "clicked", "converted" })
        {
            await Expect(page.GetByTestId($"kpi-offer-{step}-value")).ToHaveTextAsync(results.GetProperty(step).GetInt32().ToString(CultureInfo.InvariantCulture));
        }

        var buying = results.GetProperty("buyingRateUplift");
        await Expect(page.GetByTestId("uplift-buying-difference")).ToHaveTextAsync(Points(buying.GetProperty("difference").GetDouble()));
        await Expect(page.GetByTestId("uplift-buying-interval")).ToHaveTextAsync(Interval(buying, Points));
        await Expect(page.GetByTestId("uplift-buying-treated")).ToHaveTextAsync(treatedRate.ToString("P2", CultureInfo.InvariantCulture));
        var revenue = results.GetProperty("revenuePerCustomerUplift");
        await Expect(page.GetByTestId("uplift-revenue-difference")).ToHaveTextAsync(CustomerSeeding.Money(revenue.GetProperty("difference").GetDecimal()));
        await Expect(page.GetByTestId("uplift-revenue-interval")).ToHaveTextAsync(Interval(revenue, value => CustomerSeeding.Money((decimal)value)));
        await Screenshots.TakeAsync(page, "offer");

        await page.GetByRole(AriaRole.Button, new() { Name = "Pause: Welcome back 10%" }).ClickAsync();
        await Expect(page.GetByTestId("offer-status")).ToHaveTextAsync("paused");

        await ViewerOnAPhoneAsync(tenant, api, campaign);
    }

    private async Task ViewerOnAPhoneAsync(string tenant, HttpClient admin, string campaign)
    {
        var phone = await fixture.NewPageAsync(phone: true);
        await Browsing.SignUpAsMemberAsync(fixture, phone, tenant, "viewer", admin);
        foreach (var (path, name, shown) in new[]
        {
            ("offers", "offers", phone.GetByRole(AriaRole.Link, new() { Name = "Welcome back 10%" })),
            ($"offers/{campaign}", "offer", phone.GetByTestId("uplift-buying-interval")),
        })
        {
            await phone.GotoAsync($"t/{tenant}/{path}");
            await Expect(shown).ToBeVisibleAsync();
            foreach (var action in new[] { "Approve and start", "Resume", "Pause", "Delete" })
            {
                await Expect(phone.GetByRole(AriaRole.Button, new() { Name = action })).ToHaveCountAsync(0);
            }

            await Screenshots.TakeAsync(phone, name);
        }
    }

    /// <summary>A draft for every new customer, half held out so the uplift has both groups.</summary>
    private static async Task<string> CreateAsync(HttpClient api, string tenant, string name)
    {
        using var created = await api.PostAsJsonAsync($"api/v1/tenants/{tenant}/offer-campaigns", new
        {
            name,
            type = "welcome",
            criteria = new { patterns = new[] { "new" } },
            offer = new { kind = "cashback", value = 10 },
            durationDays = 14,
            holdoutShare = 0.5,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The customers who see the offer (the rest are its holdout), as the API answers each customer.</summary>
    private static async Task<List<string>> TreatedAsync(HttpClient api, string tenant, string campaign)
    {
        var treated = new List<string>();
        for (var i = 0; i < Customers; i++)
        {
            var offers = await api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/users/shopper{i:00}/offers");
            if (offers.EnumerateArray().Any(offer => offer.GetProperty("campaign").GetString() == campaign))
            {
                treated.Add($"shopper{i:00}");
            }
        }

        return treated;
    }

    private static string Points(double rate) => (rate * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " pp";

    private static string Interval(JsonElement uplift, Func<double, string> format) =>
        uplift.GetProperty("low").ValueKind == JsonValueKind.Null
            ? "too few customers to bound it"
            : $"{format(uplift.GetProperty("low").GetDouble())} to {format(uplift.GetProperty("high").GetDouble())}";
}
