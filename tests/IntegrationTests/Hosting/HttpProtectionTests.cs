using System.Net;
using System.Net.Http.Json;
using System.Text;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Hosting;

/// <summary>Security headers, CORS from configuration and the request body limit, on a real API host.</summary>
public sealed class HttpProtectionTests(HttpProtectionTests.LimitedApi fixture) : IClassFixture<HttpProtectionTests.LimitedApi>
{
    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task AnswersCarrySecurityHeadersErrorsIncluded()
    {
        using var missing = await Api.GetAsync("api/v1/tenants/no-such-tenant");
        using var login = await Api.PostAsJsonAsync("api/v1/auth/login", new { email = "x@example.com", password = "wrong password!" });

        foreach (var response in new[] { missing, login })
        {
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }

        Assert.Equal("no-store", login.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task ABodyOverTheLimitIsA413ProblemAndChangesNothing()
    {
        var tenant = TenantJson.UniqueId("limits");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "Etc/UTC"));
        var line = $"{{\"platform\":\"meta\",\"campaignId\":\"big\",\"date\":\"{DateTime.UtcNow:yyyy-MM-dd}\",\"impressions\":1}}\n";

        using var response = await Api.PostAsync($"api/v1/tenants/{tenant}/ingest/metrics",
            new StringContent(string.Concat(Enumerable.Repeat(line, 100)), Encoding.UTF8, "application/x-ndjson"));

        await ProblemJson.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        using var campaign = await Api.GetAsync($"api/v1/tenants/{tenant}/campaigns/meta:big");
        Assert.Equal(HttpStatusCode.NotFound, campaign.StatusCode);
    }

    [Theory]
    [InlineData("https://app.example.com", true)]
    [InlineData("https://evil.example.com", false)]
    public async Task OnlyConfiguredOriginsMayCallFromABrowser(string origin, bool allowed)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "api/v1/auth/login");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await Api.SendAsync(preflight);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
    }

    /// <summary>One API host with 4 kB body limits (ingestion's too) and one allowed origin, shared by these tests.</summary>
    public sealed class LimitedApi : ApiCluster
    {
        protected override IDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Http__MaxRequestBodyBytes"] = "4096",
            ["Http__MaxIngestionBodyBytes"] = "4096",
            ["Http__CorsOrigins__0"] = "https://app.example.com",
        };
    }
}
