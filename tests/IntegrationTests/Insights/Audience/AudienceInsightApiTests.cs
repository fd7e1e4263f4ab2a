using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Insights.Audience;

/// <summary><c>GET .../audience/insight</c> over real HTTP on ingested interests: a planted cheaper interest ranks better, a planted saturating one is found, flat ones are not; platforms without the dimension are named.</summary>
[Collection(ApiCollection.Name)]
public sealed class AudienceInsightApiTests(ApiCluster fixture)
{
    private const int Days = 56;
    private readonly HttpClient _api = fixture.Api;

    [Fact]
    public async Task APlantedCheaperInterestIsBetterAPlantedSaturatingOneIsSaturatingAndThinOnesAreNotJudged()
    {
        var tenant = TenantJson.UniqueId("audience");
        await TenantJson.CreateAsync(_api, TenantJson.NewTenant(tenant, zone: "Etc/UTC"));
        var items = PlantedInterests.Rows(Days);
        using var ingested = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
        var sent = PlantedInterests.Conversions(items);

        var insight = await Eventually.ReadAsync(
            () => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audience/insight?dimension=interest&window={Days}d"),
            body => body.GetProperty("segments").EnumerateArray().Sum(s => s.GetProperty("totals").GetProperty("conversions").GetDecimal()) == sent);
        var segments = insight.GetProperty("segments").EnumerateArray().ToDictionary(s => s.GetProperty("segment").GetString()!);

        var cooking = segments["cooking"];
        Assert.Equal(("better", 1, "better"), (Verdict(cooking, "cpaRank"), cooking.GetProperty("cpaRank").GetProperty("position").GetInt32(), Verdict(cooking, "roasRank")));
        Assert.Equal("cooking", insight.GetProperty("segments")[0].GetProperty("segment").GetString());
        Assert.Equal(["running"], insight.GetProperty("saturating").EnumerateArray().Select(s => s.GetString()));
        Assert.True(segments["running"].GetProperty("saturation").GetProperty("saturating").GetBoolean());
        Assert.True(segments["running"].GetProperty("saturation").GetProperty("elasticity").GetDouble() > 0);
        Assert.False(segments["travel"].GetProperty("saturation").GetProperty("saturating").GetBoolean());
        Assert.False(segments["music"].GetProperty("saturation").GetProperty("saturating").GetBoolean());
        Assert.All(new[] { "travel", "music", "gaming" }, name => Assert.NotEqual("better", Verdict(segments[name], "cpaRank")));

        var chess = segments["chess"];
        Assert.False(chess.GetProperty("sufficient").GetBoolean());
        Assert.Equal(JsonValueKind.Null, chess.GetProperty("cpa").GetProperty("low").ValueKind);
        Assert.Equal("insufficient", Verdict(chess, "cpaRank"));

        foreach (var segment in segments.Values.Where(s => s.GetProperty("sufficient").GetBoolean()))
        {
            var cpa = segment.GetProperty("cpa");
            Assert.InRange(cpa.GetProperty("value").GetDouble(), cpa.GetProperty("low").GetDouble(), cpa.GetProperty("high").GetDouble());
            var weeks = segment.GetProperty("weeks").EnumerateArray().ToList();
            Assert.Equal(Days, weeks.Sum(w => w.GetProperty("days").GetInt32()));
            Assert.Equal(segment.GetProperty("totals").GetProperty("spend").GetDecimal(), weeks.Sum(w => w.GetProperty("totals").GetProperty("spend").GetDecimal()));
        }

        Assert.Contains("t test", insight.GetProperty("methods").GetProperty("saturationTest").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, insight.GetProperty("missingSources").GetArrayLength());
        using var bad = await _api.GetAsync($"api/v1/tenants/{tenant}/audience/insight?dimension=placement&window=14d");
        Assert.Equal(["dimension", "window"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(bad, HttpStatusCode.BadRequest, "validation")).Order());
        using var tooLong = await _api.GetAsync($"api/v1/tenants/{tenant}/audience/insight?window=120d");
        Assert.Equal(["window"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(tooLong, HttpStatusCode.BadRequest, "validation")));
    }

    [Fact]
    public async Task TheInsightNamesEachPlatformThatNeverReportedItsDimensionAsTheRankingDoes()
    {
        var tenant = TenantJson.UniqueId("audience-missing");
        await TenantJson.CreateAsync(_api, TenantJson.NewTenant(tenant, zone: "Etc/UTC"));
        var today = DateTime.UtcNow.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        object Row(string platform, string? age = null, string? gender = null, string? interest = null) => new
        {
            platform,
            campaignId = $"{platform}-1",
            date = today,
            age,
            gender,
            interest,
            impressions = 1000,
            clicks = 20,
            spend = 50m,
            conversions = 2m,
            conversionValue = 100m,
        };
        object[] items = [Row("meta", "25-34", "female", "cooking"), Row("google", age: "25-34"), Row("google", gender: "female"), Row("tiktok")];
        using var ingested = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);

        async Task<Dictionary<string, string>> MissingAsync(string dimension, int expected)
        {
            var insight = await Eventually.ReadAsync(
                () => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audience/insight?dimension={dimension}"),
                body => body.GetProperty("missingSources").GetArrayLength() == expected && body.GetProperty("segments").GetArrayLength() > 0);
            return insight.GetProperty("missingSources").EnumerateArray()
                .ToDictionary(m => m.GetProperty("platform").GetString()!, m => m.GetProperty("reason").GetString()!);
        }

        Assert.Equal(
            new Dictionary<string, string> { ["google"] = "reports no interest breakdown", ["tiktok"] = "reports no interest breakdown" },
            await MissingAsync("interest", 2));
        Assert.Equal(
            new Dictionary<string, string> { ["google"] = "reports age and gender but never age+gender together", ["tiktok"] = "reports no age+gender breakdown" },
            await MissingAsync("age,gender", 2));
        Assert.Equal(new Dictionary<string, string> { ["tiktok"] = "reports no age breakdown" }, await MissingAsync("age", 1));
    }

    private static string? Verdict(JsonElement segment, string ranking) => segment.GetProperty(ranking).GetProperty("verdict").GetString();
}
