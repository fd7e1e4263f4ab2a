using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.Insights.Predictions;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.IntegrationTests.Insights.Budget;
using GrainMarketing.IntegrationTests.Insights.Predictions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>
/// The tenants the Insights page tests read, seeded once for the class through the API as the cluster's account (their admin):
/// one with 80 days of three campaigns' budgets and spend (forecasts, pacing, curves, the optimiser) and a broken pixel today
/// on a fourth, and one with the generated campaign-days a model trains on.
/// </summary>
public sealed class InsightsTenants : IAsyncDisposable
{
    private const int HistoryDays = 80;

    private readonly SemaphoreSlim _seeding = new(1, 1);
    private string? _history;
    private string? _training;

    /// <summary>The tenant with history: <c>meta:room</c>, <c>google:saturated</c>, <c>tiktok:young</c> (10 days) and <c>meta:916</c> (its pixel broke today).</summary>
    public async Task<string> HistoryAsync(HttpClient api) => await OnceAsync(() => _history, async () => _history = await SeedHistoryAsync(api));

    /// <summary>A tenant with 16 campaigns' 30 days, enough to train on, and no model yet.</summary>
    public async Task<string> TrainingAsync(HttpClient api) => await OnceAsync(() => _training, async () => _training = await SeedTrainingAsync(api));

    public ValueTask DisposeAsync()
    {
        _seeding.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<string> OnceAsync(Func<string?> seeded, Func<Task<string>> seed)
    {
        await _seeding.WaitAsync();
        try
        {
            return seeded() ?? await seed();
        }
        finally
        {
            _seeding.Release();
        }
    }

    private static async Task<string> SeedHistoryAsync(HttpClient api)
    {
        var tenant = TenantJson.UniqueId("insights");
        await TenantJson.CreateAsync(api, TenantJson.NewTenant(tenant, zone: "UTC"));
        var items = BudgetApiTests.History("meta", "room", 100, halfSaturation: 300, max: 40, HistoryDays)
            .Concat(BudgetApiTests.History("google", "saturated", 100, halfSaturation: 25, max: 12, HistoryDays))
            .Concat(BudgetApiTests.History("tiktok", "young", 50, halfSaturation: 100, max: 10, 10))
            .ToList();
        await IngestAsync(api, tenant, items);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var yesterday = Day(today.AddDays(-1));
        foreach (var (id, days) in new[] { ("meta:room", HistoryDays), ("google:saturated", HistoryDays), ("tiktok:young", 10) })
        {
            await Eventually.ReadAsync(
                () => api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/{id}/timeseries?window=custom&from={Day(today.AddDays(-HistoryDays - 5))}&to={yesterday}"),
                series => series.EnumerateArray().Count(day => day.GetProperty("totals").GetProperty("spend").GetDecimal() > 0) == days);
        }

        // As AnomaliesApiTests: two weeks at 0.1 conversions a unit of spend, then 400.00 spent today without one.
        await IngestAsync(api, tenant, [.. Enumerable.Range(1, 14).Select(d => PixelDay(today.AddDays(-d), 1000m, 100m))]);
        await IngestAsync(api, tenant, [PixelDay(today, 400m, 0m)]);
        await Eventually.ReadAsync(
            () => api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/anomalies?level=campaign&metric=conversions"),
            page => page.GetProperty("items").GetArrayLength() > 0);
        return tenant;
    }

    private static async Task<string> SeedTrainingAsync(HttpClient api)
    {
        var tenant = TenantJson.UniqueId("training");
        await TenantJson.CreateAsync(api, TenantJson.NewTenant(tenant));
        await PredictionsApiTests.IngestAsync(api, tenant, new GeneratedCampaignDays(21).Days(16, 30, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2)));
        return tenant;
    }

    private static object PixelDay(DateOnly date, decimal spend, decimal conversions) => new
    {
        platform = "meta",
        campaignId = "916",
        dailyBudget = 1000m,
        date = Day(date),
        impressions = 100_000,
        clicks = (int)(2 * spend),
        spend,
        conversions,
        conversionValue = conversions * 45m,
    };

    private static async Task IngestAsync(HttpClient api, string tenant, List<object> items)
    {
        using var ingested = await api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
