using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Insights.Budget;

/// <summary>
/// Response curves and the budget optimiser over real HTTP and PostgreSQL, on 80 generated days whose true curves are
/// known: one campaign with room to grow, one far past saturation, one too young to fit.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BudgetApiTests(ApiCluster fixture)
{
    private const int Days = 80;

    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task TheResponseCurveAnswersItsParametersPointsQualityAndMarginalsOrNamesWhatIsMissing()
    {
        var tenant = await TenantWithHistoryAsync();

        var curve = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:room/response-curve");
        var conversions = curve.GetProperty("conversions");
        Assert.Equal(25, conversions.GetProperty("points").GetArrayLength());
        Assert.True(conversions.GetProperty("quality").GetProperty("rSquared").GetDouble() > 0.5);
        var cpa = curve.GetProperty("marginalCpa");
        Assert.True(cpa.GetProperty("lower80").GetDouble() <= cpa.GetProperty("value").GetDouble());
        Assert.Equal(("EUR", "dailyBudget", 100.0), (curve.GetProperty("currency").GetString(), curve.GetProperty("currentSpendSource").GetString(), curve.GetProperty("currentDailySpend").GetDouble()));

        using var young = await Api.GetAsync($"api/v1/tenants/{tenant}/campaigns/tiktok:young/response-curve");
        Assert.Equal(HttpStatusCode.Conflict, young.StatusCode);
        var problem = await young.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("28 days with spend needed, 10 recorded", problem.GetProperty("missing").GetProperty("days").GetString());
    }

    [Fact]
    public async Task OptimisingMovesBudgetFromTheSaturatedCampaignHoldsTheYoungOneAndApplyingSetsBudgetsThroughTheRules()
    {
        var tenant = await TenantWithHistoryAsync();

        using var optimized = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/budget/optimize", new { totalDailyBudget = 250, objective = "conversions", constraints = new { maxChangePercent = 50 } });
        var proposal = await optimized.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, optimized.StatusCode);
        var rows = proposal.GetProperty("campaigns").EnumerateArray().ToDictionary(c => c.GetProperty("campaign").GetString()!);
        Assert.True(rows["meta:room"].GetProperty("proposedBudget").GetDecimal() > 100);
        Assert.True(rows["google:saturated"].GetProperty("proposedBudget").GetDecimal() < 100);
        Assert.Equal(("held", 50m), (rows["tiktok:young"].GetProperty("binding").GetString(), rows["tiktok:young"].GetProperty("proposedBudget").GetDecimal()));
        Assert.True(proposal.GetProperty("gain").GetProperty("value").GetDouble() > 0);
        Assert.Equal("EUR", proposal.GetProperty("currency").GetString());
        Assert.Equal(("maxChangePercent", "maxChangePercent"), (rows["meta:room"].GetProperty("binding").GetString(), rows["google:saturated"].GetProperty("binding").GetString()));
        var reasoning = proposal.GetProperty("reasoning").GetString()!;
        Assert.Contains("The change limit (maxChangePercent) binds for", reasoning);
        Assert.Contains("Held at their budgets without a curve: tiktok:young (days: 28 days with spend needed, 10 recorded", reasoning);

        var id = proposal.GetProperty("id").GetString();
        using var applied = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/budget/apply", new { proposalId = id });
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var campaign = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:room");
        Assert.Equal(rows["meta:room"].GetProperty("proposedBudget").GetDecimal(), campaign.GetProperty("metadata").GetProperty("dailyBudget").GetDecimal());
        var trail = await Eventually.ReadAsync(
            () => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audit?action=automation.budget.changed"), a => a.GetProperty("items").GetArrayLength() == 2);
        Assert.All(trail.GetProperty("items").EnumerateArray(), e => Assert.Equal($"rule:{id}", e.GetProperty("actor").GetString()));
        using var again = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/budget/apply", new { proposalId = id });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task CampaignsSpendingInTwoCurrenciesAreRefusedOneTotalNamingEachCurrencysCampaigns()
    {
        var tenant = await TenantWithHistoryAsync();
        using var patched = await Api.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/google:saturated", new { currency = "USD" });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        using var refused = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/budget/optimize", new { totalDailyBudget = 250, objective = "conversions" });
        using var apart = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/budget/optimize", new { totalDailyBudget = 90, objective = "conversions", campaigns = new[] { "google:saturated" } });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var reason = Assert.Single((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("campaigns").EnumerateArray()).GetString();
        Assert.Contains("EUR: meta:room, tiktok:young; USD: google:saturated", reason, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, apart.StatusCode);
        Assert.Equal("USD", (await apart.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("currency").GetString());
    }

    [Theory]
    [InlineData("""{"totalDailyBudget":-5}""", "totalDailyBudget")]
    [InlineData("""{"totalDailyBudget":200,"objective":"clicks"}""", "objective")]
    [InlineData("""{"totalDailyBudget":200,"campaigns":["meta:room","meta:nope"]}""", "campaigns[1]")]
    [InlineData("""{"totalDailyBudget":200,"constraints":{"perCampaign":{"meta:room":{"min":90,"max":20}}}}""", "constraints.perCampaign.meta:room.min")]
    [InlineData("""{"totalDailyBudget":1000,"constraints":{"maxChangePercent":10}}""", "totalDailyBudget")]
    public async Task BadOrInfeasibleRequestsAreRefusedNamingTheField(string body, string field)
    {
        var tenant = await TenantWithHistoryAsync();

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var refused = await Api.PostAsync($"api/v1/tenants/{tenant}/budget/optimize", content);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    /// <summary>A tenant with three campaigns' days, each at a daily budget, and their fits waiting until every day has landed.</summary>
    private async Task<string> TenantWithHistoryAsync()
    {
        var tenant = TenantJson.UniqueId("budget");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "UTC"));
        var items = History("meta", "room", 100, halfSaturation: 300, max: 40, Days)
            .Concat(History("google", "saturated", 100, halfSaturation: 25, max: 12, Days))
            .Concat(History("tiktok", "young", 50, halfSaturation: 100, max: 10, 10))
            .ToList();
        using var ingested = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
        var yesterday = DateTime.UtcNow.Date.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var from = DateTime.UtcNow.Date.AddDays(-Days - 5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (id, days) in new[] { ("meta:room", Days), ("google:saturated", Days), ("tiktok:young", 10) })
        {
            await Eventually.ReadAsync(
                () => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/{id}/timeseries?window=custom&from={from}&to={yesterday}"),
                series => series.EnumerateArray().Count(day => day.GetProperty("totals").GetProperty("spend").GetDecimal() > 0) == days
                    && series.EnumerateArray().Any(day => day.GetProperty("period").GetString() == yesterday));
        }

        return tenant;
    }

    /// <summary>Days ending yesterday: budget steps every ten days, weekends convert less, small deterministic noise (the dashboard tests seed with it too).</summary>
    internal static IEnumerable<object> History(string platform, string campaign, decimal budget, double halfSaturation, double max, int days)
    {
        double[] steps = [0.6, 1.3, 0.9, 1.5, 0.7, 1.2, 1.4, 0.8];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return Enumerable.Range(1, days).Select(back =>
        {
            var date = today.AddDays(-back);
            var spend = (double)budget * steps[(back / 10) % steps.Length] * (1 + (0.04 * ((back * 7) % 5)));
            var season = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.85 : 1.05;
            var conversions = max / (1 + (halfSaturation / spend)) * season * (1 + (0.03 * (((back * 3) % 5) - 2)));
            return (object)new
            {
                platform,
                campaignId = campaign,
                dailyBudget = budget,
                date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                impressions = (long)(spend * 100),
                clicks = (long)spend,
                spend = Math.Round((decimal)spend, 2),
                conversions = Math.Round((decimal)conversions, 2),
                conversionValue = Math.Round((decimal)(conversions * 50), 2),
                kind = "snapshot",
            };
        });
    }
}
