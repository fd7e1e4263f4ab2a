using System.Net;
using System.Net.Http.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>A signed-in stranger trying invitation tokens on someone else's tenant changes nothing there and is soon stopped.</summary>
[Collection(AccountAbuseCollection.Name)]
public sealed class InvitationProbingTests(AccountAbuseCluster fixture)
{
    [Fact]
    public async Task WrongTokensWriteNothingToTheTenantAndAreLimitedPerPerson()
    {
        var (owner, _) = await fixture.SignedInFromNewAddressAsync();
        var tenant = $"probed-{Guid.NewGuid():N}"[..30];
        using (var created = await owner.PostAsJsonAsync("api/v1/tenants", new { id = tenant, displayName = "Probed", timeZone = "Europe/Berlin", currency = "EUR" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var (stranger, _) = await fixture.SignedInFromNewAddressAsync();
        stranger.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (forged)");
        var stored = await StoredVersionsAsync(tenant);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            using var attempt = await stranger.PostAsJsonAsync($"api/v1/tenants/{tenant}/invitations/accept", new { token = $"made-up-token-{i}" });
            statuses.Add(attempt.StatusCode);
        }

        Assert.Equal(
            [.. Enumerable.Repeat(HttpStatusCode.BadRequest, AccountAbuseCluster.InvitationAcceptances),
             .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 30 - AccountAbuseCluster.InvitationAcceptances)],
            statuses);
        Assert.Equal(0, await fixture.Cluster.QueryScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE tenant = '{tenant}' AND action <> 'tenant.created'"));
        Assert.Equal(stored, await StoredVersionsAsync(tenant));
    }

    /// <summary>The storage versions of every grain keyed by the tenant id: each write of its state bumps one.</summary>
    private Task<long> StoredVersionsAsync(string tenant) =>
        fixture.Cluster.QueryScalarAsync<long>($"SELECT coalesce(sum(version), 0) FROM orleansstorage WHERE grainidextensionstring = '{tenant}'");
}
