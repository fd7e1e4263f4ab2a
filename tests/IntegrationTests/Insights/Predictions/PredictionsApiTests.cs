using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.Insights.Predictions;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Insights.Predictions;

/// <summary>The campaign-outcome model over real HTTP against the Postgres profile: generated campaign-days ingested, a version trained and listed, a plan predicted, and the refusals.</summary>
[Collection(ApiCollection.Name)]
public sealed class PredictionsApiTests(ApiCluster fixture)
{
    private const int Campaigns = 16;
    private const int Days = 30;

    private static readonly object Plan = new
    {
        platform = "meta",
        objective = "conversions",
        creativeFormat = "video",
        dailyBudget = 150,
        audience = new { ageBands = new[] { "25-34" }, genders = new[] { "female" }, countries = new[] { "US" }, interests = Array.Empty<string>() },
        days = 14,
    };

    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task ATenantWithHistoryTrainsAVersionThatGoesLiveIsListedAndPredictsAPlan()
    {
        var tenant = TenantJson.UniqueId("predict");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));
        var days = new GeneratedCampaignDays(21).Days(Campaigns, Days, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2));
        await IngestAsync(Api, tenant, days);

        using var started = await Api.PostAsync($"api/v1/tenants/{tenant}/models/campaign-outcomes/train", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var queued = await started.Content.ReadFromJsonAsync<JsonElement>();
        var runId = queued.GetProperty("id").GetString();
        Assert.Equal($"/api/v1/tenants/{tenant}/models/campaign-outcomes/runs/{runId}", started.Headers.Location?.OriginalString);
        Assert.Contains(queued.GetProperty("status").GetString(), new[] { "queued", "running" });
        using var again = await Api.PostAsync($"api/v1/tenants/{tenant}/models/campaign-outcomes/train", null);
        var answered = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((HttpStatusCode.Accepted, runId), (again.StatusCode, answered.GetProperty("id").GetString()));

        // Training takes seconds of CPU in the silo; the run is polled as a client would.
        var run = await Eventually.ReadAsync(
            () => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/models/campaign-outcomes/runs/{runId}"),
            read => read.GetProperty("status").GetString() is "succeeded" or "failed", TimeSpan.FromMinutes(5));
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal(("done", 1.0), (run.GetProperty("progress").GetProperty("phase").GetString(), run.GetProperty("progress").GetProperty("fraction").GetDouble()));
        var result = run.GetProperty("result");
        var version = result.GetProperty("version");
        Assert.Equal((1, Campaigns * Days, Campaigns), (version.GetProperty("version").GetInt32(), version.GetProperty("rows").GetInt32(), version.GetProperty("campaigns").GetInt32()));
        var conversions = version.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("outcome").GetString() == "conversions");
        Assert.True(conversions.GetProperty("mae").GetDouble() < conversions.GetProperty("baselineMae").GetDouble(), conversions.ToString());
        Assert.True(result.GetProperty("live").GetBoolean(), result.GetProperty("reason").GetString());
        Assert.Equal(["impressions", "clicks", "conversions", "conversionValue"], version.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()));

        var listed = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/models/campaign-outcomes");
        Assert.Equal(1, listed.GetProperty("liveVersion").GetInt32());
        Assert.Equal([1], listed.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(days.Min(d => d.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), listed.GetProperty("versions")[0].GetProperty("from").GetString());
        var runs = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/models/campaign-outcomes/runs");
        Assert.Equal([runId], runs.EnumerateArray().Select(listedRun => listedRun.GetProperty("id").GetString()));

        using var predicted = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/predictions/campaign", Plan);
        Assert.Equal(HttpStatusCode.OK, predicted.StatusCode);
        var prediction = await predicted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 14, "EUR"), (prediction.GetProperty("modelVersion").GetInt32(), prediction.GetProperty("days").GetInt32(), prediction.GetProperty("currency").GetString()));
        var expected = prediction.GetProperty("conversions");
        Assert.InRange(expected.GetProperty("total").GetDouble(), expected.GetProperty("totalLower80").GetDouble(), expected.GetProperty("totalUpper80").GetDouble());
        Assert.Equal(3, prediction.GetProperty("topFeatures").GetArrayLength());
        Assert.True(prediction.GetProperty("roas").GetProperty("value").GetDecimal() > 0);
    }

    [Fact]
    public async Task AFreshTenantIsAnsweredWithWhatItsHistoryLacks()
    {
        var tenant = TenantJson.UniqueId("fresh");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));

        using var predicted = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/predictions/campaign", Plan);
        using var trained = await Api.PostAsync($"api/v1/tenants/{tenant}/models/campaign-outcomes/train", null);

        foreach (var response in new[] { predicted, trained })
        {
            var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.Conflict, "insufficient-history");
            Assert.Equal("60 campaign-days needed, 0 recorded", problem.GetProperty("missing").GetProperty("rows").GetString());
            Assert.Equal(["campaigns", "conversionDays", "days", "rows"], problem.GetProperty("missing").EnumerateObject().Select(p => p.Name).Order());
        }

        var listed = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/models/campaign-outcomes");
        Assert.Equal(0, listed.GetProperty("versions").GetArrayLength());
        Assert.Equal(0, (await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/models/campaign-outcomes/runs")).GetArrayLength());
        using var badLimit = await Api.GetAsync($"api/v1/tenants/{tenant}/models/campaign-outcomes/runs?limit=101");
        Assert.Equal(["limit"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(badLimit, HttpStatusCode.BadRequest, "validation")));
        using var unknown = await Api.GetAsync($"api/v1/tenants/{tenant}/models/campaign-outcomes/runs/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task ABadPlanIsRefusedNamingEveryBadField()
    {
        var tenant = TenantJson.UniqueId("badplan");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));

        using var refused = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/predictions/campaign", new
        {
            platform = "myspace",
            dailyBudget = 0,
            days = 91,
            audience = new { ageBands = new[] { "25-34", "30-34" }, countries = new[] { "Germany" } },
        });

        var problem = await ProblemJson.ReadAsync(refused, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["audience.ageBands[1]", "audience.countries[0]", "dailyBudget", "days", "platform"], ProblemJson.ErrorFields(problem).Order());
    }

    /// <summary>Ingests generated campaign-days and waits until the tenant's summary counts every impression (the dashboard tests seed with it too).</summary>
    internal static async Task IngestAsync(HttpClient api, string tenant, IReadOnlyList<CampaignDay> days)
    {
        var items = days.Select(day => new
        {
            platform = day.Platform,
            campaignId = day.Campaign.Split(':', 2)[1],
            date = day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            age = day.Audience.Ages.Keys.Single(),
            gender = day.Audience.Genders.Keys.Single(),
            country = day.Audience.Countries.Keys.Single(),
            interest = day.Audience.Interests.Keys.Single(),
            impressions = (long)day.Impressions,
            clicks = (long)day.Clicks,
            spend = (decimal)day.Spend,
            conversions = (decimal)day.Conversions,
            conversionValue = (decimal)day.ConversionValue,
            objective = day.Objective,
            creativeFormat = day.CreativeFormat,
        }).ToArray();
        using var accepted = await api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items });
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

        var (from, to) = (days.Min(day => day.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), days.Max(day => day.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var impressions = (long)days.Sum(day => day.Impressions);
        await Eventually.ReadAsync(
            () => api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analytics/summary?window=custom&from={from}&to={to}"),
            summary => summary.GetProperty("totals").GetProperty("impressions").GetInt64() == impressions);
    }
}
