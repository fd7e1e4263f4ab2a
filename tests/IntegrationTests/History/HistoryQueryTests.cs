using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.History;

/// <summary>
/// Postgres profile, real processes, campaigns keeping two days in memory: older days go to
/// <c>metric_daily</c> and every query over them is answered from there, exactly.
/// </summary>
public sealed class HistoryQueryTests
{
    [Fact]
    public async Task DaysPastRetentionAreAnsweredFromTheHistoryTableByEveryQuery()
    {
        await using var cluster = await ProcessCluster.CreateAsync(new Dictionary<string, string>
        {
            ["Campaigns__RetentionDays"] = "2",
            ["Campaigns__CheckpointPeriod"] = "00:00:01",
        });
        await cluster.StartAsync(silos: 1);
        using var api = (await cluster.CreateSignedInClientAsync()).Client;
        var tenant = TenantJson.UniqueId("history");
        await TenantJson.CreateAsync(api, TenantJson.NewTenant(tenant, zone: "Etc/UTC"));
        var old = DateTime.UtcNow.Date.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        object Row(string age, string gender, long impressions, long clicks, decimal spend) => new
        {
            platform = "meta",
            campaignId = "c1",
            adId = "ad-1",
            date = old,
            age,
            gender,
            impressions,
            clicks,
            spend,
        };

        await PostAsync(api, tenant, Row("25-34", "female", 1_000, 20, 10m), Row("35-44", "male", 500, 5, 4m));
        await WaitForRowsAsync(cluster, 2);
        var window = $"from={old}&to={old}";

        var campaign = await GetAsync(api, $"api/v1/tenants/{tenant}/campaigns/meta:c1?{window}");
        Assert.Equal((1_500L, 25L, 14m), Totals(campaign));
        var series = await GetAsync(api, $"api/v1/tenants/{tenant}/campaigns/meta:c1/timeseries?granularity=day&{window}");
        Assert.Equal([(old, 1_500L)], series.EnumerateArray().Select(p => (p.GetProperty("period").GetString(), Totals(p).Impressions)));
        var byGender = await GetAsync(api, $"api/v1/tenants/{tenant}/campaigns/meta:c1/breakdown?by=gender&{window}");
        Assert.Equal([("female", 1_000L), ("male", 500L)],
            byGender.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("key").GetString(), Totals(r).Impressions)));
        // The tenant and its segments learn of the campaign from its flush, which comes on its own timer.
        var summary = await Eventually.ReadAsync(() => GetAsync(api, $"api/v1/tenants/{tenant}/analytics/summary?{window}"), s => Totals(s) == (1_500L, 25L, 14m));
        Assert.Equal((1_500L, 25L, 14m), Totals(summary));
        var segments = await Eventually.ReadAsync(() => GetAsync(api, $"api/v1/tenants/{tenant}/demographics/segments?dimension=age,gender&{window}"),
            s => s.GetProperty("segments").GetArrayLength() == 2);
        Assert.Equal([("25-34|female", 1_000L), ("35-44|male", 500L)], segments.GetProperty("segments").EnumerateArray()
            .Select(s => (s.GetProperty("segment").GetString(), Totals(s).Impressions)).Order());

        // A restatement of the pruned day restores it from history and moves every figure by the difference.
        await PostAsync(api, tenant, Row("25-34", "female", 1_200, 21, 11.5m));
        Assert.True(await Eventually.HoldsAsync(async () => await cluster.QueryScalarAsync<long>("SELECT sum(impressions)::bigint FROM metric_daily") == 1_700), "timed out");
        Assert.Equal((1_700L, 26L, 15.5m), Totals(await GetAsync(api, $"api/v1/tenants/{tenant}/campaigns/meta:c1?{window}")));
        Assert.Equal((1_700L, 26L, 15.5m), Totals(await GetAsync(api, $"api/v1/tenants/{tenant}/analytics/summary?{window}")));
    }

    private static (long Impressions, long Clicks, decimal Spend) Totals(JsonElement answer)
    {
        var totals = answer.GetProperty("totals");
        return (totals.GetProperty("impressions").GetInt64(), totals.GetProperty("clicks").GetInt64(), totals.GetProperty("spend").GetDecimal());
    }

    private static async Task PostAsync(HttpClient api, string tenant, params object[] items)
    {
        using var response = await api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
    }

    private static async Task<JsonElement> GetAsync(HttpClient api, string url) => await api.GetFromJsonAsync<JsonElement>(url);

    /// <summary>
    /// Waits until the campaign has saved the day. The checkpoint that saves it prunes it from memory in the
    /// same turn, before the campaign answers anything else, so every query after this reads history.
    /// </summary>
    private static async Task WaitForRowsAsync(ProcessCluster cluster, long rows) =>
        Assert.True(await Eventually.HoldsAsync(async () => await cluster.QueryScalarAsync<long>("SELECT count(*) FROM metric_daily") == rows), "timed out");
}
