using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Experiments;

/// <summary>
/// Experiments over real HTTP on the Postgres profile: Hillstrom's e-mail test sent as observations answers the
/// independent reference figures, campaign variants read their metrics, bad input is refused whole, and the
/// lifecycle (list, page, stop) is audited.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ExperimentsApiTests(ApiCluster fixture)
{
    private HttpClient Api => fixture.Api;

    /// <summary>
    /// The reference values are the ones <c>tests/UnitTests/Experiments/hillstrom_reference.py</c> computed independently
    /// (Python, exact sums, mpmath at 40 digits); <c>HillstromExperimentTests</c> holds the same figures.
    /// </summary>
    [Fact]
    public async Task HillstromsRowsPostedAsObservationsAnswerTheIndependentReferenceFigures()
    {
        var tenant = await NewTenantAsync();
        var experiment = await CreateAsync(tenant, new
        {
            name = "Hillstrom e-mail",
            metric = "conversionRate",
            variants = new[] { "No E-Mail", "Mens E-Mail", "Womens E-Mail" },
            minimumDetectableEffect = 0.003,
            alpha = 0.05,
            power = 0.8,
            baseline = 0.006,
        });
        var id = experiment.GetProperty("id").GetString();
        Assert.Contains("Two-proportion z test", experiment.GetProperty("sampleSize").GetProperty("method").GetString(), StringComparison.Ordinal);

        foreach (var batch in HillstromRows().Chunk(10_000))
        {
            using var posted = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/experiments/{id}/observations", new { observations = batch });
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        var results = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/experiments/{id}");
        var analyses = results.GetProperty("analyses").EnumerateArray().ToList();
        Close([0.0068050065196156948, 0.0050001713804523127, 0.0086098416587790769, 7.3851144109257717, 1.5232235005955515e-13], Comparison(analyses[0], "Mens E-Mail"), "pValue");
        Close([0.0031110575110852574, 0.0014986778214022342, 0.0047234372007682806, 3.7795609583578492, 0.00015710512910668541], Comparison(analyses[0], "Womens E-Mail"), "pValue");
        Close([0.76982715589453648, 0.48513973256840728, 1.0545145792206657, 5.3001403584116677, 36671.157977360508, 1.1638149682254925e-7], Comparison(analyses[1], "Mens E-Mail"), "degreesOfFreedom", "pValue");
        Close([0.42441221593659652, 0.16895678988377853, 0.67986764198941452, 3.256371576025391, 40064.884406530665, 0.0011293971023632538], Comparison(analyses[1], "Womens E-Mail"), "degreesOfFreedom", "pValue");
        Assert.Equal(("winner", "Mens E-Mail"), (results.GetProperty("verdict").GetString(), results.GetProperty("winner").GetString()));
        Assert.Equal(21_307, analyses[0].GetProperty("variants")[1].GetProperty("units").GetInt64());
    }

    [Fact]
    public async Task BadExperimentsAndObservationsAreRefusedNamingEachFieldAndNothingIsWritten()
    {
        var tenant = await NewTenantAsync();
        using var refused = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/experiments", new
        {
            name = "Bad",
            metric = "bounceRate",
            variants = new[] { "a" },
            minimumDetectableEffect = 0,
            alpha = 0.6,
            power = 0.5,
        });
        var problem = await ProblemJson.ReadAsync(refused, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["alpha", "metric", "minimumDetectableEffect", "power", "variants"], ProblemJson.ErrorFields(problem));
        using var noCampaign = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/experiments", new
        {
            name = "Ads",
            metric = "ctr",
            variants = new[] { "meta:1", "meta:2" },
            minimumDetectableEffect = 0.01,
            baseline = 0.02,
        });
        Assert.Equal(["variants[0]", "variants[1]"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(noCampaign, HttpStatusCode.BadRequest, "validation")));
        var listed = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/experiments");
        Assert.Equal(0, listed.GetProperty("items").GetArrayLength());

        var id = (await CreateAsync(tenant, new { name = "Arms", metric = "conversionRate", variants = new[] { "a", "b" }, minimumDetectableEffect = 0.01, baseline = 0.1 }))
            .GetProperty("id").GetString();
        using var unknown = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/experiments/{id}/observations", new
        {
            observations = new object[] { new { variant = "a", converted = true, value = 3 }, new { variant = "c", converted = false, value = 0 } },
        });
        Assert.Equal(["observations[1].variant"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(unknown, HttpStatusCode.BadRequest, "validation")));
        var results = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/experiments/{id}");
        Assert.All(results.GetProperty("analyses")[0].GetProperty("variants").EnumerateArray(), v => Assert.Equal(0, v.GetProperty("units").GetInt64()));
        Assert.Equal("running", results.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task ExperimentsArePagedNewestFirstAndAStoppedOneIsFinalAndAudited()
    {
        var tenant = await NewTenantAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await CreateAsync(tenant, new { name = $"Test {i}", metric = "conversionRate", variants = new[] { "a", "b" }, minimumDetectableEffect = 0.05, baseline = 0.2 }))
                .GetProperty("id").GetString()!);
        }

        var first = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/experiments?limit=2");
        var second = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/experiments?limit=2&before={first.GetProperty("next").GetInt64()}");
        Assert.Equal([ids[2], ids[1]], first.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal([ids[0]], second.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);

        using var observed = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/experiments/{ids[0]}/observations", new
        {
            observations = Enumerable.Range(0, 100).Select(i => new { variant = i % 2 == 0 ? "a" : "b", converted = i % 5 == 0, value = i % 5 == 0 ? 20m : 0m }),
        });
        Assert.Equal(HttpStatusCode.OK, observed.StatusCode);
        using var stop = await Api.PostAsync($"api/v1/tenants/{tenant}/experiments/{ids[0]}/stop", null);
        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        Assert.Equal("stopped", (await stop.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var results = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/experiments/{ids[0]}");
        Assert.Equal("underpowered", results.GetProperty("verdict").GetString());
        using var again = await Api.PostAsync($"api/v1/tenants/{tenant}/experiments/{ids[0]}/stop", null);
        await ProblemJson.ReadAsync(again, HttpStatusCode.Conflict, "conflict");
        using var late = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/experiments/{ids[0]}/observations", new { observations = new[] { new { variant = "a", converted = true } } });
        await ProblemJson.ReadAsync(late, HttpStatusCode.Conflict, "conflict");
        using var missing = await Api.GetAsync($"api/v1/tenants/{tenant}/experiments/exp-99");
        await ProblemJson.ReadAsync(missing, HttpStatusCode.NotFound, "not-found");

        var trail = await Eventually.ReadAsync(
            () => fixture.Cluster.QueryScalarAsync<string>($"SELECT string_agg(action || ':' || target, ',' ORDER BY id) FROM audit_log WHERE tenant = '{tenant}' AND action LIKE 'experiment.%'"),
            t => t?.Contains("experiment.stopped", StringComparison.Ordinal) == true);
        Assert.Equal($"experiment.created:{ids[0]},experiment.created:{ids[1]},experiment.created:{ids[2]},experiment.stopped:{ids[0]}", trail);
    }

    [Fact]
    public async Task ABatchRetriedWithItsIdempotencyKeyIsCountedOnce()
    {
        var tenant = await NewTenantAsync();
        var id = (await CreateAsync(tenant, new { name = "Retry", metric = "conversionRate", variants = new[] { "a", "b" }, minimumDetectableEffect = 0.05, baseline = 0.2 }))
            .GetProperty("id").GetString()!;
        var batch = new { observations = Enumerable.Range(0, 10).Select(i => new { variant = i % 2 == 0 ? "a" : "b", converted = i < 4, value = 0m }) };

        async Task<long> PostAsync(string? key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/tenants/{tenant}/experiments/{id}/observations") { Content = JsonContent.Create(batch) };
            if (key is not null)
            {
                request.Headers.Add("Idempotency-Key", key);
            }

            using var response = await Api.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var results = await response.Content.ReadFromJsonAsync<JsonElement>();
            return results.GetProperty("analyses")[0].GetProperty("variants").EnumerateArray().Sum(v => v.GetProperty("units").GetInt64());
        }

        Assert.Equal(10, await PostAsync("batch-1"));
        Assert.Equal(10, await PostAsync("batch-1"));
        Assert.Equal(20, await PostAsync("batch-2"));
        Assert.Equal(30, await PostAsync(null));
        using var bad = new HttpRequestMessage(HttpMethod.Post, $"api/v1/tenants/{tenant}/experiments/{id}/observations") { Content = JsonContent.Create(batch) };
        bad.Headers.TryAddWithoutValidation("Idempotency-Key", "has space");
        using var refused = await Api.SendAsync(bad);
        Assert.Equal(["Idempotency-Key"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(refused, HttpStatusCode.BadRequest, "validation")));
        Assert.Equal(30, (await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/experiments/{id}")).GetProperty("analyses")[0].GetProperty("variants").EnumerateArray().Sum(v => v.GetProperty("units").GetInt64()));
    }

    [Fact]
    public async Task CampaignVariantsAreComparedOnTheirMetricsSinceTheExperimentStarted()
    {
        var tenant = await NewTenantAsync();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        object Day(string campaign, long impressions, long clicks) => new
        {
            platform = "meta",
            campaignId = campaign,
            date = today,
            impressions,
            clicks,
            spend = 10m,
            conversions = 1m,
            conversionValue = 30m,
            kind = "snapshot",
        };
        using var ingested = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items = new[] { Day("a", 10_000, 100), Day("b", 10_000, 180) } });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
        foreach (var campaign in new[] { "a", "b" })
        {
            await Eventually.ReadAsync(
                () => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:{campaign}/timeseries?window=custom&from={today}&to={today}"),
                series => series.EnumerateArray().Any(day => day.GetProperty("totals").GetProperty("impressions").GetInt64() == 10_000));
        }

        var id = (await CreateAsync(tenant, new { name = "Ads", metric = "ctr", variants = new[] { "meta:a", "META:b" }, minimumDetectableEffect = 0.005, baseline = 0.01 }))
            .GetProperty("id").GetString();
        var results = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/experiments/{id}");

        var ctr = results.GetProperty("analyses")[0];
        Assert.Equal(("ctr", today), (ctr.GetProperty("measure").GetString(), results.GetProperty("dataFrom").GetString()));
        Assert.Equal(["meta:a", "meta:b"], ctr.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("variant").GetString()));
        Assert.Equal((10_000L, 180m), (ctr.GetProperty("variants")[1].GetProperty("units").GetInt64(), ctr.GetProperty("variants")[1].GetProperty("successes").GetDecimal()));
        Assert.Equal(0.008, ctr.GetProperty("comparisons")[0].GetProperty("difference").GetDouble(), 12);
        Assert.Equal(("winner", "meta:b"), (results.GetProperty("verdict").GetString(), results.GetProperty("winner").GetString()));
        using var observations = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/experiments/{id}/observations", new { observations = new[] { new { variant = "meta:a", converted = true } } });
        Assert.Equal(["observations"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(observations, HttpStatusCode.BadRequest, "validation")));
    }

    private async Task<string> NewTenantAsync()
    {
        var tenant = TenantJson.UniqueId("exp");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "UTC"));
        return tenant;
    }

    private async Task<JsonElement> CreateAsync(string tenant, object body)
    {
        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/experiments", body);
        var text = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Every row of the shared file as an observation: its arm, whether it bought, what it spent.</summary>
    private static IEnumerable<object> HillstromRows() =>
        File.ReadAllText(SharedData.Path("hillstrom-email", "hillstrom.csv"))
            .Split('\n')
            .Skip(1)
            .Select(line => line.TrimEnd('\r').Split(','))
            .Select(f => (object)new { variant = f[^4], converted = f[^2] == "1", value = decimal.Parse(f[^1], CultureInfo.InvariantCulture) });

    private static JsonElement Comparison(JsonElement analysis, string variant) =>
        analysis.GetProperty("comparisons").EnumerateArray().Single(c => c.GetProperty("variant").GetString() == variant);

    /// <summary>Difference, low, high and statistic, then the named figures, each within 1e-6 of the reference.</summary>
    private static void Close(double[] expected, JsonElement comparison, params string[] more)
    {
        string[] names = ["difference", "low", "high", "statistic", .. more];
        Assert.Equal(expected.Length, names.Length);
        for (var i = 0; i < names.Length; i++)
        {
            var actual = comparison.GetProperty(names[i]).GetDouble();
            Assert.True(Math.Abs(expected[i] - actual) <= 1e-6, $"{names[i]}: expected {expected[i]:R}, got {actual:R}");
        }
    }
}
