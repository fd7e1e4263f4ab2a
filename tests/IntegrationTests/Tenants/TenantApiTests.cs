using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Tenants;

/// <summary>The tenants API over real HTTP: status codes and RFC 9457 problem details for every kind of bad input.</summary>
[Collection(ApiCollection.Name)]
public sealed class TenantApiTests(ApiCluster fixture)
{
    private readonly HttpClient _api = fixture.Api;

    [Fact]
    public async Task CreateAnswers201WithLocationAndTheNormalisedTenant()
    {
        var id = TenantJson.UniqueId("created");
        using var response = await _api.PostAsJsonAsync("api/v1/tenants",
            new { id, displayName = "  Acme Shoes  ", timeZone = "Europe/Berlin", currency = "eur", dailyAnalysisHour = 7 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/tenants/{id}", response.Headers.Location?.ToString());
        var tenant = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, tenant.GetProperty("id").GetString());
        Assert.Equal("Acme Shoes", tenant.GetProperty("displayName").GetString());
        Assert.Equal("EUR", tenant.GetProperty("currency").GetString());
        Assert.Equal(7, tenant.GetProperty("dailyAnalysisHour").GetInt32());
        var nextRun = tenant.GetProperty("schedule").GetProperty("nextDailyRunAt").GetDateTimeOffset();
        var berlin = TimeZoneInfo.ConvertTime(nextRun, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        Assert.Equal((7, 0), (berlin.Hour, berlin.Minute));
        Assert.InRange(nextRun - DateTimeOffset.UtcNow, TimeSpan.Zero, TimeSpan.FromHours(25));
    }

    [Fact]
    public async Task OmittedAnalysisHourDefaultsToSix()
    {
        var tenant = await TenantJson.CreateAsync(_api,
            new { id = TenantJson.UniqueId("default-hour"), displayName = "D", timeZone = "UTC", currency = "USD" });
        Assert.Equal(6, tenant.GetProperty("dailyAnalysisHour").GetInt32());
    }

    [Fact]
    public async Task DuplicateCreateAnswers409AndKeepsTheFirstTenant()
    {
        var id = TenantJson.UniqueId("twice");
        await TenantJson.CreateAsync(_api, TenantJson.NewTenant(id, currency: "EUR"));

        using var second = await _api.PostAsJsonAsync("api/v1/tenants", TenantJson.NewTenant(id, currency: "USD"));
        var problem = await ProblemJson.ReadAsync(second, HttpStatusCode.Conflict, "conflict");
        Assert.Equal("This tenant id is not available; choose another.", problem.GetProperty("detail").GetString());

        var (_, stored) = await TenantJson.GetAsync(_api, id);
        Assert.Equal("EUR", stored.GetProperty("currency").GetString());
    }

    [Theory]
    [InlineData("id", "Bad_Slug")]
    [InlineData("id", "ab")]
    [InlineData("id", "-leading-hyphen")]
    [InlineData("id", "robert'); DROP TABLE orleansstorage;--")]
    [InlineData("displayName", "")]
    [InlineData("timeZone", "Pacific Standard Time")]
    [InlineData("timeZone", "Mars/Olympus_Mons")]
    [InlineData("currency", "XYZ")]
    [InlineData("currency", "EURO")]
    [InlineData("dailyAnalysisHour", 24)]
    [InlineData("dailyAnalysisHour", -1)]
    public async Task CreateWithOneBadFieldAnswers400NamingExactlyThatField(string field, object value)
    {
        var body = new Dictionary<string, object>
        {
            ["id"] = TenantJson.UniqueId("bad"),
            ["displayName"] = "Bad input",
            ["timeZone"] = "Europe/Berlin",
            ["currency"] = "EUR",
            ["dailyAnalysisHour"] = 6,
        };
        body[field] = value;

        using var response = await _api.PostAsJsonAsync("api/v1/tenants", body);

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal([field], ProblemJson.ErrorFields(problem));
        if (field != "id")
        {
            var (status, _) = await TenantJson.GetAsync(_api, (string)body["id"]);
            Assert.Equal(404, status);
        }
    }

    [Fact]
    public async Task CreateWithEveryFieldWrongNamesEveryField()
    {
        using var response = await _api.PostAsJsonAsync("api/v1/tenants",
            new { id = "X", displayName = new string('n', 101), timeZone = "Nowhere", currency = "ZZZ", dailyAnalysisHour = 99 });

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["currency", "dailyAnalysisHour", "displayName", "id", "timeZone"], ProblemJson.ErrorFields(problem));
    }

    [Fact]
    public async Task CreateWithMissingFieldsNamesEachAsRequired()
    {
        using var response = await _api.PostAsJsonAsync("api/v1/tenants", new { displayName = "Only a name" });

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["currency", "id", "timeZone"], ProblemJson.ErrorFields(problem));
        Assert.Equal("Required.", problem.GetProperty("errors").GetProperty("timeZone")[0].GetString());
    }

    [Fact]
    public async Task AValueOfTheWrongTypeIsNamed()
    {
        using var response = await PostRawAsync("""{"id":"typed","displayName":"T","timeZone":"UTC","currency":"EUR","dailyAnalysisHour":"seven"}""");
        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["dailyAnalysisHour"], ProblemJson.ErrorFields(problem));
    }

    [Fact]
    public async Task AnUnknownFieldIsNamedInsteadOfIgnored()
    {
        using var response = await PostRawAsync("""{"id":"unknown-field","displayName":"T","timeZone":"UTC","currency":"EUR","dailyAnalysisHr":7}""");
        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["dailyAnalysisHr"], ProblemJson.ErrorFields(problem));
        Assert.Equal(404, (await TenantJson.GetAsync(_api, "unknown-field")).Status);
    }

    [Fact]
    public async Task MalformedJsonAnswers400ProblemDetails()
    {
        using var response = await PostRawAsync("""{"id": "broken", "displayName": """);
        await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task AMissingBodyAnswers400ProblemDetailsWithoutFrameworkInternals()
    {
        using var response = await _api.PostAsync("api/v1/tenants", new StringContent("", Encoding.UTF8, "application/json"));
        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "bad-request");
        Assert.DoesNotContain("Service", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UnknownTenantAnswers404ProblemDetails()
    {
        using var response = await _api.GetAsync($"api/v1/tenants/{TenantJson.UniqueId("missing")}");
        await ProblemJson.ReadAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task AnIdThatCannotBeATenantIs404()
    {
        using var response = await _api.GetAsync("api/v1/tenants/NOT_A_SLUG");
        await ProblemJson.ReadAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task PatchChangesOnlyTheGivenFields()
    {
        var id = TenantJson.UniqueId("patched");
        await TenantJson.CreateAsync(_api, TenantJson.NewTenant(id, "Europe/Berlin", "EUR", 6));

        using var response = await _api.PatchAsJsonAsync($"api/v1/tenants/{id}", new { currency = "gbp", dailyAnalysisHour = 22 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (_, tenant) = await TenantJson.GetAsync(_api, id);
        Assert.Equal("GBP", tenant.GetProperty("currency").GetString());
        Assert.Equal(22, tenant.GetProperty("dailyAnalysisHour").GetInt32());
        Assert.Equal("Europe/Berlin", tenant.GetProperty("timeZone").GetString());
        Assert.Equal($"Tenant {id}", tenant.GetProperty("displayName").GetString());
        Assert.True(tenant.GetProperty("updatedAt").GetDateTimeOffset() > tenant.GetProperty("createdAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task PatchWithBadValuesAnswers400NamingEachAndChangesNothing()
    {
        var id = TenantJson.UniqueId("patch-bad");
        await TenantJson.CreateAsync(_api, TenantJson.NewTenant(id, "Europe/Berlin", "EUR", 6));

        using var response = await _api.PatchAsJsonAsync($"api/v1/tenants/{id}",
            new { displayName = "Fine", timeZone = "Europe/Atlantis", dailyAnalysisHour = 25 });

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["dailyAnalysisHour", "timeZone"], ProblemJson.ErrorFields(problem));
        var (_, tenant) = await TenantJson.GetAsync(_api, id);
        Assert.Equal($"Tenant {id}", tenant.GetProperty("displayName").GetString());
        Assert.Equal(6, tenant.GetProperty("dailyAnalysisHour").GetInt32());
    }

    [Fact]
    public async Task PatchOfAnUnknownTenantAnswers404()
    {
        using var response = await _api.PatchAsJsonAsync($"api/v1/tenants/{TenantJson.UniqueId("ghost")}", new { displayName = "Ghost" });
        await ProblemJson.ReadAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheTenantRoutesWithTheirCredentialsAndTheReferencePageIsServed()
    {
        var document = await _api.GetFromJsonAsync<JsonElement>("openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/tenants", out var create) && create.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/v1/tenants/{tenant}", out var tenant)
            && tenant.TryGetProperty("get", out _) && tenant.TryGetProperty("patch", out _));

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("apiKey").GetProperty("name").GetString());
        string[] Schemes(JsonElement operation) =>
            operation.TryGetProperty("security", out var security) ? [.. security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name))] : [];
        Assert.Equal(["bearer", "apiKey"], Schemes(tenant.GetProperty("get")));
        Assert.Contains("viewer", tenant.GetProperty("get").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(["bearer"], Schemes(create.GetProperty("post")));
        Assert.Empty(Schemes(paths.GetProperty("/api/v1/auth/login").GetProperty("post")));

        using var reference = await _api.GetAsync("scalar");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("text/html", reference.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HealthAndPrometheusMetricsAreServed()
    {
        Assert.Equal("Healthy", await _api.GetStringAsync("health/live"));
        Assert.Equal("Healthy", await _api.GetStringAsync("health/ready"));
        await _api.GetAsync($"api/v1/tenants/{TenantJson.UniqueId("metered")}");

        var metrics = await _api.GetStringAsync("metrics");
        Assert.Contains("http_server_request_duration_seconds", metrics);
    }

    private async Task<HttpResponseMessage> PostRawAsync(string json) =>
        await _api.PostAsync("api/v1/tenants", new StringContent(json, Encoding.UTF8, "application/json"));
}
