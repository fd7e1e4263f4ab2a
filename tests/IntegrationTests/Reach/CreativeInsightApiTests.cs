using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Reach;

/// <summary><c>GET .../campaigns/{id}/creatives/insight</c> over real HTTP: a creative whose CTR decays while its frequency rises is fatigued, a steady one is not.</summary>
[Collection(ApiCollection.Name)]
public sealed class CreativeInsightApiTests(ApiCluster fixture)
{
    private const int Days = 14;
    private const int Knot = 6;
    private readonly HttpClient _api = fixture.Api;

    [Fact]
    public async Task ADecayingCreativeIsFatiguedFromItsStartDayAndTheRankingShowsItsEvidence()
    {
        var tenant = await NewTenantAsync();
        var items = new List<object>();
        for (var t = 0; t < Days; t++)
        {
            var after = Math.Max(0, t - Knot);
            items.Add(Row("steady", "video", t, clicks: 100, reach: 2_000));
            items.Add(Row("tired", "image", t, clicks: (int)Math.Round(100 * (1 - 0.08 * after)), reach: (long)(5_000 / (1.5 + 0.25 * after))));
        }

        using var ingested = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);

        var url = $"api/v1/tenants/{tenant}/campaigns/meta:c1/creatives/insight?from={Day(0)}&to={Day(Days - 1)}";
        var insight = await Eventually.ReadAsync(
            async () => await (await _api.GetAsync(url)).Content.ReadFromJsonAsync<JsonElement>(),
            body => body.TryGetProperty("creatives", out var creatives) && creatives.GetArrayLength() == 2 && creatives[0].GetProperty("days").GetArrayLength() == Days);
        var creatives = insight.GetProperty("creatives").EnumerateArray().ToDictionary(c => c.GetProperty("creativeId").GetString()!);

        var tired = creatives["tired"].GetProperty("fatigue");
        Assert.True(tired.GetProperty("fatigued").GetBoolean());
        Assert.Equal(Day(Knot), tired.GetProperty("startedOn").GetString());
        Assert.Equal("frequency", tired.GetProperty("exposure").GetString());
        Assert.False(creatives["steady"].GetProperty("fatigue").GetProperty("fatigued").GetBoolean());
        Assert.True(creatives["tired"].GetProperty("ctrTrend").GetProperty("high").GetDouble() < 0);
        Assert.Equal(2.5m, creatives["steady"].GetProperty("frequency").GetDecimal());

        Assert.Equal("steady", insight.GetProperty("winner").GetString());
        Assert.Equal(["video", "image"], insight.GetProperty("formats").EnumerateArray().Select(f => f.GetProperty("key").GetString()));
        Assert.True(creatives["tired"].GetProperty("rank").GetProperty("worseThanBest").GetBoolean());

        using var tooLong = await _api.GetAsync($"api/v1/tenants/{tenant}/campaigns/meta:c1/creatives/insight?from={Day(-100)}&to={Day(0)}");
        Assert.Equal(["to"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(tooLong, HttpStatusCode.BadRequest, "validation")));
        using var unknown = await _api.GetAsync($"api/v1/tenants/{tenant}/campaigns/meta:nope/creatives/insight");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static object Row(string creative, string format, int day, int clicks, long reach) => new
    {
        platform = "meta",
        campaignId = "c1",
        date = Day(day),
        adId = creative,
        creativeFormat = format,
        impressions = 5_000,
        reach,
        clicks,
        spend = 10m,
        conversions = clicks / 20m,
    };

    /// <summary>Day <paramref name="index"/> of the generated fortnight, which ends today.</summary>
    private static string Day(int index) => DateTime.UtcNow.Date.AddDays(index - Days + 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<string> NewTenantAsync()
    {
        var id = TenantJson.UniqueId("creatives");
        await TenantJson.CreateAsync(_api, TenantJson.NewTenant(id, zone: "Etc/UTC"));
        return id;
    }
}
