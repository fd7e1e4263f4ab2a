using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>
/// The live feed streams only while its caller may read the tenant: a revoked key, a logout or an expired token
/// ends it within a tick or two, and one caller holds a bounded number of feeds.
/// </summary>
[Collection(EdgeCollection.Name)]
public sealed class LiveFeedRevocationTests(EdgeCluster fixture)
{
    /// <summary>Updates that may still arrive after access ended: the tick under way and the one whose check saw the change.</summary>
    private const int TicksAfterTheEnd = 2;

    private HttpClient Admin => fixture.Api;

    [Fact]
    public async Task RevokingTheKeyEndsItsFeed()
    {
        var tenant = await NewTenantAsync();
        var key = await TestAccounts.CreateKeyAsync(Admin, tenant, "read");
        using var client = fixture.Cluster.CreateApiClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        await using var feed = await OpenAsync(client, tenant);
        await LiveFeed.NextUpdateAsync(feed.Events, feed.Cancel.Token).WaitAsync(TimeSpan.FromSeconds(30));

        var keyId = key.Split('.')[1];
        using var revoked = await Admin.DeleteAsync($"api/v1/tenants/{tenant}/keys/{keyId}");
        Assert.True(revoked.IsSuccessStatusCode, $"revoke answered {(int)revoked.StatusCode}");

        Assert.InRange(await UpdatesUntilTheEndAsync(feed), 0, TicksAfterTheEnd);
    }

    [Fact]
    public async Task LoggingOutEndsTheFeed()
    {
        var tenant = await NewTenantAsync();
        using var client = fixture.Cluster.CreateApiClient();
        using var login = await client.PostAsJsonAsync("api/v1/auth/login", new { email = TestAccounts.EmailOf(AdminToken()), password = TestAccounts.Password });
        var tokens = await login.Content.ReadFromJsonAsync<JsonElement>();
        client.WithBearer(tokens.GetProperty("accessToken").GetString()!);
        await using var feed = await OpenAsync(client, tenant);
        await LiveFeed.NextUpdateAsync(feed.Events, feed.Cancel.Token).WaitAsync(TimeSpan.FromSeconds(30));

        using var loggedOut = await client.PostAsJsonAsync("api/v1/auth/logout", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });
        Assert.True(loggedOut.IsSuccessStatusCode, $"logout answered {(int)loggedOut.StatusCode}");

        Assert.InRange(await UpdatesUntilTheEndAsync(feed), 0, TicksAfterTheEnd);
    }

    [Fact]
    public async Task TheFeedEndsWhenItsAccessTokenExpires()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var api = InProcessApi.Start(fixture.Cluster, clock);
        using var client = api.CreateHttpClient();
        client.WithBearer(await TestAccounts.SignUpAsync(client, TestAccounts.NewEmail("live-expiry")));
        var tenant = TenantJson.UniqueId("live");
        await TenantJson.CreateAsync(client, TenantJson.NewTenant(tenant));
        await using var feed = await OpenAsync(client, tenant);
        await LiveFeed.NextUpdateAsync(feed.Events, feed.Cancel.Token).WaitAsync(TimeSpan.FromSeconds(30));

        clock.Advance(TimeSpan.FromMinutes(16));

        Assert.InRange(await UpdatesUntilTheEndAsync(feed), 0, 1);
    }

    [Fact]
    public async Task ACallerMayHoldFourFeedsAndTheFifthIsRefused()
    {
        var tenant = await NewTenantAsync();
        var key = await TestAccounts.CreateKeyAsync(Admin, tenant, "read");
        using var client = fixture.Cluster.CreateApiClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var feeds = new List<Feed>();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                feeds.Add(await OpenAsync(client, tenant));
            }

            using var fifth = await client.GetAsync($"api/v1/tenants/{tenant}/live", HttpCompletionOption.ResponseHeadersRead);
            // The status first: a feed that was let in never ends, so its body must not be read.
            Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
            await ProblemJson.ReadAsync(fifth, HttpStatusCode.TooManyRequests, "rate-limited");

            await feeds[0].DisposeAsync();
            feeds.RemoveAt(0);
            var reopened = await Eventually.ReadAsync(async () =>
            {
                using var again = await client.GetAsync($"api/v1/tenants/{tenant}/live", HttpCompletionOption.ResponseHeadersRead);
                return again.StatusCode;
            }, status => status == HttpStatusCode.OK, TimeSpan.FromSeconds(10));
            Assert.Equal(HttpStatusCode.OK, reopened);
        }
        finally
        {
            foreach (var feed in feeds)
            {
                await feed.DisposeAsync();
            }
        }
    }

    private string AdminToken() => Admin.DefaultRequestHeaders.Authorization!.Parameter!;

    private async Task<string> NewTenantAsync()
    {
        var tenant = TenantJson.UniqueId("live");
        await TenantJson.CreateAsync(Admin, TenantJson.NewTenant(tenant));
        return tenant;
    }

    private static async Task<Feed> OpenAsync(HttpClient client, string tenant)
    {
        var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var response = await client.GetAsync($"api/v1/tenants/{tenant}/live", HttpCompletionOption.ResponseHeadersRead, cancel.Token)
            .WaitAsync(TimeSpan.FromSeconds(30));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            // Only a refusal's body ends; a feed's never does.
            Assert.Fail($"live answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return new Feed(response, new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token)), cancel);
    }

    /// <summary>Reads the feed to its end and counts the updates on the way; fails if it is still open after 10 s.</summary>
    private static async Task<int> UpdatesUntilTheEndAsync(Feed feed)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(feed.Cancel.Token);
        deadline.CancelAfter(TimeSpan.FromSeconds(10));
        var updates = 0;
        try
        {
            while (true)
            {
                // WaitAsync as well: a read blocked in the transport does not always see its token.
                await LiveFeed.NextUpdateAsync(feed.Events, deadline.Token).WaitAsync(TimeSpan.FromSeconds(10));
                updates++;
            }
        }
        catch (EndOfStreamException)
        {
            return updates;
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
            Assert.Fail($"the feed was still open 10 s later, after {updates} more updates");
            throw;
        }
    }

    private sealed record Feed(HttpResponseMessage Response, StreamReader Events, CancellationTokenSource Cancel) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            Cancel.Cancel();
            Events.Dispose();
            Response.Dispose();
            Cancel.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
