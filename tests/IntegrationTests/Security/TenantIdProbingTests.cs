using System.Net;
using System.Net.Http.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>Creating a tenant with a taken id says only that it is not available, and each person may try only so many ids.</summary>
[Collection(AccountAbuseCollection.Name)]
public sealed class TenantIdProbingTests(AccountAbuseCluster fixture)
{
    [Fact]
    public async Task ATakenIdIsNotAvailableWithoutAWordAboutItsOwner()
    {
        var (owner, ownerEmail) = await fixture.SignedInFromNewAddressAsync();
        var tenant = NewId();
        using (var created = await CreateAsync(owner, tenant))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var (other, _) = await fixture.SignedInFromNewAddressAsync();
        using var taken = await CreateAsync(other, tenant);

        var problem = await ProblemJson.ReadAsync(taken, HttpStatusCode.Conflict, "conflict");
        Assert.Equal("This tenant id is not available; choose another.", problem.GetProperty("detail").GetString());
        var body = problem.GetRawText();
        Assert.DoesNotContain(ownerEmail, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("exists", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TenantCreationIsLimitedPerPerson()
    {
        var (person, _) = await fixture.SignedInFromNewAddressAsync();
        for (var i = 0; i < AccountAbuseCluster.TenantCreations; i++)
        {
            using var created = await CreateAsync(person, NewId());
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var refused = await CreateAsync(person, NewId());
        await ProblemJson.ReadAsync(refused, HttpStatusCode.TooManyRequests, "rate-limited");
    }

    private static string NewId() => $"taken-{Guid.NewGuid():N}"[..30];

    private static Task<HttpResponseMessage> CreateAsync(HttpClient client, string id) =>
        client.PostAsJsonAsync("api/v1/tenants", new { id, displayName = "Acme", timeZone = "Europe/Berlin", currency = "EUR" });
}
