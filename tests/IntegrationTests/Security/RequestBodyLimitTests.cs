using System.Net;
using System.Net.Http.Json;
using System.Text;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>
/// Bodies are limited per route: a few kilobytes everywhere, the ingestion limit only on ingestion. An oversized
/// body is refused from its length, before it is read: a 60 MB login is not a login attempt.
/// </summary>
[Collection(EdgeCollection.Name)]
public sealed class RequestBodyLimitTests(EdgeCluster fixture)
{
    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task ASixtyMegabyteLoginIs413AndNotCountedAsAFailedLogin()
    {
        var email = TestAccounts.NewEmail("huge-login");
        using var client = fixture.Cluster.CreateApiClient();
        await TestAccounts.SignUpAsync(client, email);
        var password = new string('x', 60_000_000);
        using var content = new StringContent($"{{\"email\":\"{email}\",\"password\":\"{password}\"}}", Encoding.UTF8, "application/json");
        using var huge = new HttpClient { BaseAddress = fixture.Cluster.ApiAddress, Timeout = TimeSpan.FromSeconds(60) };
        // The answer comes before the body is read: the client waits for it instead of pushing 60 MB into a closed connection.
        huge.DefaultRequestHeaders.ExpectContinue = true;

        using var response = await huge.PostAsync("api/v1/auth/login", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        // One wrong password from this address is all this cluster allows: the right one still works, so nothing was counted.
        await TestAccounts.SignInAsync(client, email, TestAccounts.Password);
    }

    [Fact]
    public async Task AnOrdinaryRouteRefusesABodyOverTheDefaultLimit()
    {
        var tenant = TenantJson.UniqueId("bodies");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));

        using var response = await Api.PatchAsJsonAsync($"api/v1/tenants/{tenant}", new { displayName = new string('x', 20_000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AnIngestionBodyOverTheDefaultButUnderTheIngestionLimitIsAccepted()
    {
        var tenant = TenantJson.UniqueId("bodies");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "Etc/UTC"));
        var line = $"{{\"platform\":\"meta\",\"campaignId\":\"big\",\"date\":\"{DateTime.UtcNow:yyyy-MM-dd}\",\"impressions\":1}}\n";
        var body = string.Concat(Enumerable.Repeat(line, 2_000));
        Assert.True(body.Length > new HttpProtectionOptions().MaxRequestBodyBytes);

        using var response = await Api.PostAsync($"api/v1/tenants/{tenant}/ingest/metrics", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task OnlyIngestionAndObservationRoutesTakeLargerBodies()
    {
        await using var api = InProcessApi.Start(fixture.Cluster);

        var raised = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is not null)
            .Select(endpoint => endpoint.RoutePattern.RawText!)
            .Order(StringComparer.Ordinal)
            .ToList();

        // The ingestion routes, and an experiment's observations (up to 10,000 units a batch).
        Assert.Equal(
            [.. new[] { "ingest/metrics", "ingest/metrics/csv", "ingest/transactions", "ingest/transactions/csv", "ingest/engagements", "ingest/engagements/csv", "experiments/{id}/observations" }
                .Select(route => "/api/v1/tenants/{tenant}/" + route).Order(StringComparer.Ordinal)],
            raised);
    }
}
