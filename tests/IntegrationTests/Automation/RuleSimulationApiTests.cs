using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Automation;

/// <summary>Rules backtested over real HTTP and PostgreSQL against days ingested in the past: what would have fired when, and what it would have saved or spent.</summary>
[Collection(ApiCollection.Name)]
public sealed class RuleSimulationApiTests(ApiCluster fixture)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private HttpClient Api => fixture.Api;

    /// <summary>The tenant's today: every day ingested here is before it.</summary>
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Berlin).DateTime);

    [Fact]
    public async Task APauseRuleFiresOnTheDaysItHeldAndSavesTheSpendOfTheDaysAfter()
    {
        var (tenant, id) = await TwoCampaignsWithARuleAsync();

        var pause = await SimulateAsync(tenant, id, new { from = Text(Day(1)), to = Text(Day(5)), version = 1 });

        Assert.Equal((1, 2, Text(Day(1)), Text(Day(5))), (pause.GetProperty("ruleVersion").GetInt32(), pause.GetProperty("campaigns").GetInt32(), pause.GetProperty("from").GetString(), pause.GetProperty("to").GetString()));
        Assert.Equal(
            [(Day(1), "meta:917", 120m, "wouldApply"), (Day(2), "meta:916", 150m, "wouldApply"), (Day(3), "meta:917", 110m, "unchanged"), (Day(5), "meta:916", 130m, "unchanged")],
            Firings(pause));
        // 916 paused after day 2: days 3-5 saved (90+40+130, 1+1+2, 50+80+120); 917 after day 1: days 2-5 (30+110+20+10, 1+2+0+1, 10+40+0+5).
        Assert.Equal([("meta:916", 2, 260m, 4m, 250m, 0m), ("meta:917", 2, 170m, 4m, 55m, 0m)], Targets(pause));
        Assert.Equal((4, 430m, 8m, 305m, 0m), Effects(pause.GetProperty("totals")));
        Assert.False(pause.GetProperty("totals").TryGetProperty("target", out _));
        Assert.Contains(pause.GetProperty("assumptions").EnumerateArray(), a => a.GetString()!.StartsWith("spendAdded, conversionsAdded and valueAdded are estimates", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABudgetVersionOfTheRuleEstimatesItsChange()
    {
        var (tenant, id) = await TwoCampaignsWithARuleAsync();

        var budget = await SimulateAsync(tenant, id, new { from = Text(Day(1)), to = Text(Day(5)) });

        Assert.Equal(2, budget.GetProperty("ruleVersion").GetInt32());
        Assert.Equal([("setBudget", "80.00", "40.00"), ("setBudget", "40.00", "40.00")],
            budget.GetProperty("firings").EnumerateArray().Where(f => f.GetProperty("target").GetString() == "meta:916")
                .Select(f => (f.GetProperty("actions")[0].GetProperty("type").GetString(), f.GetProperty("actions")[0].GetProperty("from").GetString(), f.GetProperty("actions")[0].GetProperty("to").GetString())));
        // 916 at 40/80 after day 2: -50% of days 3-5 (260, 4, 250); 917 at 40/50 after day 1: -20% of days 2-5 (170, 4, 55).
        Assert.Equal([("meta:916", 2, 0m, 0m, 0m, -130m), ("meta:917", 2, 0m, 0m, 0m, -34m)], Targets(budget));
        Assert.Equal((4, 0m, 0m, 0m, -164m), Effects(budget.GetProperty("totals")));
        Assert.Equal((-2.8m, -136m), (budget.GetProperty("totals").GetProperty("conversionsAdded").GetDecimal(), budget.GetProperty("totals").GetProperty("valueAdded").GetDecimal()));
    }

    [Fact]
    public async Task SimulatingChangesNoCampaignAndRecordsNoHistory()
    {
        var (tenant, id) = await TwoCampaignsWithARuleAsync();

        await SimulateAsync(tenant, id, new { from = Text(Day(1)), to = Text(Day(5)), version = 1 });
        await SimulateAsync(tenant, id, new { from = Text(Day(1)), to = Text(Day(5)) });

        var campaign = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:916");
        Assert.Equal(80m, campaign.GetProperty("metadata").GetProperty("dailyBudget").GetDecimal());
        Assert.Equal(0, (await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/automation/history")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task EveryBadFieldOfTheRequestAndEveryPartOfTheRuleABacktestCannotReplayIsNamedAtOnce()
    {
        var tenant = TenantJson.UniqueId("sim");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));
        var id = await CreateRuleAsync(tenant, new
        {
            name = "Segment hours",
            scope = new { level = "segment" },
            conditions = new[]
            {
                new { metric = "spend", window = "1h", comparator = "gt", threshold = 1 },
                new { metric = "spend", window = "24h", comparator = "gt", threshold = 1 },
                new { metric = "spend", window = "6h", comparator = "gt", threshold = 1 },
            },
            actions = new[] { new { type = "tag", tag = "busy" } },
        });

        using var bad = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules/{id}/simulate", new { from = "yesterday", to = Text(Today.AddDays(1)), version = 2 });
        Assert.Equal(["conditions[0].window", "conditions[2].window", "from", "scope.level", "to", "version"],
            ProblemJson.ErrorFields(await ProblemJson.ReadAsync(bad, HttpStatusCode.BadRequest, "validation")));

        var campaignRule = await CreateRuleAsync(tenant, new { name = "Plain", conditions = new[] { new { metric = "spend", window = "7d", comparator = "gt", threshold = 1 } }, actions = new[] { new { type = "pause" } } });
        using var tooLong = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules/{campaignRule}/simulate", new { from = Text(Today.AddDays(-366)), to = Text(Today), version = 0 });
        Assert.Equal(["to", "version"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(tooLong, HttpStatusCode.BadRequest, "validation")));
        using var backwards = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules/{campaignRule}/simulate", new { from = Text(Today), to = Text(Today.AddDays(-1)) });
        Assert.Equal(["to"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(backwards, HttpStatusCode.BadRequest, "validation")));
        using var missing = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules/{Guid.NewGuid()}/simulate", new { from = Text(Today), to = Text(Today) });
        await ProblemJson.ReadAsync(missing, HttpStatusCode.NotFound, "not-found");

        var empty = await SimulateAsync(tenant, campaignRule, new { from = Text(Today.AddDays(-365)), to = Text(Today) });
        Assert.Equal((0, 0, 0), (empty.GetProperty("campaigns").GetInt32(), empty.GetProperty("firings").GetArrayLength(), empty.GetProperty("totals").GetProperty("firings").GetInt32()));

        var document = await Api.GetFromJsonAsync<JsonElement>("openapi/v1.json");
        var described = document.GetProperty("paths").GetProperty("/api/v1/tenants/{tenant}/rules/{id}/simulate").GetProperty("post").GetProperty("description").GetString();
        Assert.Contains("`24h` windows are judged as the day", described, StringComparison.Ordinal);
        Assert.EndsWith("Who may call it: a viewer or above, or a read or admin API key.", described, StringComparison.Ordinal);
    }

    /// <summary>
    /// Two Meta campaigns (budgets 80 and 50) and a Google one with five days of numbers, and a disabled rule
    /// whose version 1 pauses a Meta campaign spending over 100 a day and whose version 2 cuts its budget to 40.
    /// </summary>
    private async Task<(string Tenant, string Rule)> TwoCampaignsWithARuleAsync()
    {
        var tenant = TenantJson.UniqueId("sim");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));
        await BudgetAsync(tenant, "meta:916", 80);
        await BudgetAsync(tenant, "meta:917", 50);
        // Days 1-5 (today-10 .. today-6): spend, conversions, value.
        await IngestAsync(tenant, "916", [(60, 2, 100), (150, 3, 200), (90, 1, 50), (40, 1, 80), (130, 2, 120)]);
        await IngestAsync(tenant, "917", [(120, 1, 30), (30, 1, 10), (110, 2, 40), (20, 0, 0), (10, 1, 5)]);
        using var google = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items = new[] { new { platform = "google", campaignId = "55", date = Text(Day(1)), spend = 500m } } });
        Assert.Equal(HttpStatusCode.Accepted, google.StatusCode);
        await StoredAsync(tenant, "meta:916", 470m);
        await StoredAsync(tenant, "meta:917", 290m);
        await StoredAsync(tenant, "google:55", 500m);

        // Disabled, so the live path never acts on it: campaigns keep today's status and budget.
        var spendAbove100 = new[] { new { metric = "spend", window = "today", comparator = "gt", threshold = 100 } };
        var id = await CreateRuleAsync(tenant, new { name = "Stop spend", scope = new { platforms = new[] { "meta" } }, conditions = spendAbove100, actions = new[] { new { type = "pause" } }, cooldown = "24h", enabled = false });
        using var cut = await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/rules/{id}", new { name = "Cut spend", scope = new { platforms = new[] { "meta" } }, conditions = spendAbove100, actions = new[] { new { type = "setBudget", amount = 40 } }, cooldown = "24h", enabled = false });
        Assert.Equal(HttpStatusCode.OK, cut.StatusCode);
        return (tenant, id);
    }

    private static DateOnly Day(int day) => Today.AddDays(day - 11);

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<(DateOnly, string?, decimal, string?)> Firings(JsonElement simulation) =>
        [.. simulation.GetProperty("firings").EnumerateArray().Select(f => (
            DateOnly.ParseExact(f.GetProperty("day").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            f.GetProperty("target").GetString(),
            f.GetProperty("conditions")[0].GetProperty("value").GetDecimal(),
            f.GetProperty("actions")[0].GetProperty("result").GetString()))];

    private static List<(string?, int, decimal, decimal, decimal, decimal)> Targets(JsonElement simulation) =>
        [.. simulation.GetProperty("targets").EnumerateArray().Select(t => (t.GetProperty("target").GetString(), Effects(t)))
            .Select(t => (t.Item1, t.Item2.Firings, t.Item2.SpendSaved, t.Item2.ConversionsForgone, t.Item2.ValueForgone, t.Item2.SpendAdded))];

    private static (int Firings, decimal SpendSaved, decimal ConversionsForgone, decimal ValueForgone, decimal SpendAdded) Effects(JsonElement effects) => (
        effects.GetProperty("firings").GetInt32(),
        effects.GetProperty("spendSaved").GetDecimal(),
        effects.GetProperty("conversionsForgone").GetDecimal(),
        effects.GetProperty("valueForgone").GetDecimal(),
        effects.GetProperty("spendAdded").GetDecimal());

    private async Task<JsonElement> SimulateAsync(string tenant, string id, object request)
    {
        using var answer = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules/{id}/simulate", request);
        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"simulate answered {(int)answer.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task BudgetAsync(string tenant, string campaign, decimal dailyBudget)
    {
        using var patched = await Api.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/{campaign}", new { dailyBudget });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
    }

    private async Task IngestAsync(string tenant, string campaignId, (decimal Spend, decimal Conversions, decimal Value)[] days)
    {
        using var ingested = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new
        {
            items = days.Select((d, i) => new { platform = "meta", campaignId, date = Text(Day(i + 1)), impressions = 10_000, clicks = 100, spend = d.Spend, conversions = d.Conversions, conversionValue = d.Value }),
        });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
    }

    /// <summary>Waits until the campaign has applied the ingested days (they travel through the journal).</summary>
    private async Task StoredAsync(string tenant, string campaign, decimal spend)
    {
        var url = $"api/v1/tenants/{tenant}/campaigns/{campaign}?from={Text(Day(1))}&to={Text(Day(5))}";
        var stored = await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>(url), c => c.GetProperty("totals").GetProperty("spend").GetDecimal() == spend);
        Assert.Equal(spend, stored.GetProperty("totals").GetProperty("spend").GetDecimal());
    }

    private async Task<string> CreateRuleAsync(string tenant, object rule)
    {
        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules", rule);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
