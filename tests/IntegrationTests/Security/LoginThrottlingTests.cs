using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>Wrong passwords stop only the address they come from, slow an email down everywhere only in bulk, and answer an email without an account exactly as one with.</summary>
[Collection(AccountAbuseCollection.Name)]
public sealed class LoginThrottlingTests(AccountAbuseCluster fixture)
{
    [Fact]
    public async Task WrongPasswordsFromOneAddressDoNotStopTheRightPasswordFromAnother()
    {
        using var attacker = Client();
        using var owner = Client();
        var email = TestAccounts.NewEmail();
        await TestAccounts.SignUpAsync(owner, email);

        for (var i = 0; i < AccountAbuseCluster.FailedLoginsPerSource; i++)
        {
            using var wrong = await LoginAsync(attacker, email, $"guess number {i}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var refused = await LoginAsync(attacker, email, TestAccounts.Password);
        await ProblemJson.ReadAsync(refused, HttpStatusCode.TooManyRequests, "rate-limited");
        using var right = await LoginAsync(owner, email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task BehindTheTrustedProxyEachForwardedAddressIsLimitedAloneAndAnyoneElsesHeaderIsIgnored()
    {
        using var proxy = LoopbackSources.CreateClient(fixture.Cluster, AccountAbuseCluster.TrustedProxy);
        using var spoofer = Client();
        var (behindProxy, spoofed) = (TestAccounts.NewEmail(), TestAccounts.NewEmail());
        using (var owner = Client())
        {
            await TestAccounts.SignUpAsync(owner, behindProxy);
            await TestAccounts.SignUpAsync(owner, spoofed);
        }

        for (var i = 0; i < AccountAbuseCluster.FailedLoginsPerSource; i++)
        {
            using var wrong = await LoginAsync(proxy, behindProxy, $"guess number {i}", forwardedFor: "198.51.100.7");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            // Each guess claims another address, which the API does not believe from this client.
            using var claimed = await LoginAsync(spoofer, spoofed, $"guess number {i}", forwardedFor: $"198.51.100.{20 + i}");
            Assert.Equal(HttpStatusCode.Unauthorized, claimed.StatusCode);
        }

        using var refused = await LoginAsync(proxy, behindProxy, TestAccounts.Password, forwardedFor: "198.51.100.7");
        await ProblemJson.ReadAsync(refused, HttpStatusCode.TooManyRequests, "rate-limited");
        using var neighbour = await LoginAsync(proxy, behindProxy, TestAccounts.Password, forwardedFor: "198.51.100.8");
        Assert.Equal(HttpStatusCode.OK, neighbour.StatusCode);
        using var stillRefused = await LoginAsync(spoofer, spoofed, TestAccounts.Password, forwardedFor: "198.51.100.99");
        await ProblemJson.ReadAsync(stillRefused, HttpStatusCode.TooManyRequests, "rate-limited");
    }

    [Fact]
    public async Task AnEmailWithoutAnAccountGetsTheSameAnswersAsOneWithAnAccount()
    {
        using var prober = Client();
        var known = TestAccounts.NewEmail();
        using (var owner = Client())
        {
            await TestAccounts.SignUpAsync(owner, known);
        }

        var unknown = TestAccounts.NewEmail();
        for (var i = 0; i <= AccountAbuseCluster.FailedLoginsPerSource; i++)
        {
            using var forKnown = await LoginAsync(prober, known, $"guess number {i}");
            using var forUnknown = await LoginAsync(prober, unknown, $"guess number {i}");

            Assert.Equal(await AnswerAsync(forKnown), await AnswerAsync(forUnknown));
        }
    }

    [Fact]
    public async Task WrongPasswordsFromManyAddressesSlowTheEmailDownEverywhereWhetherOrNotItHasAnAccount()
    {
        var known = TestAccounts.NewEmail();
        using (var owner = Client())
        {
            await TestAccounts.SignUpAsync(owner, known);
        }

        foreach (var email in new[] { known, TestAccounts.NewEmail() })
        {
            for (var i = 0; i < AccountAbuseCluster.FailedLoginsPerAccount; i++)
            {
                // Fewer than the per-address limit from each address: only the total stops them.
                using var attacker = Client();
                using var wrong = await LoginAsync(attacker, email, $"guess number {i}");
                Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            }

            using var elsewhere = Client();
            using var refused = await LoginAsync(elsewhere, email, TestAccounts.Password);
            await ProblemJson.ReadAsync(refused, HttpStatusCode.TooManyRequests, "rate-limited");
        }
    }

    [Fact]
    public async Task SignUpsAreLimitedPerAddress()
    {
        using var client = Client();
        for (var i = 0; i < AccountAbuseCluster.Registrations; i++)
        {
            using var created = await RegisterAsync(client, TestAccounts.NewEmail());
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var refused = await RegisterAsync(client, TestAccounts.NewEmail());
        await ProblemJson.ReadAsync(refused, HttpStatusCode.TooManyRequests, "rate-limited");
        using var elsewhere = Client();
        using var fromAnotherAddress = await RegisterAsync(elsewhere, TestAccounts.NewEmail());
        Assert.Equal(HttpStatusCode.Created, fromAnotherAddress.StatusCode);
    }

    [Fact]
    public async Task ForgotPasswordAnswersAtOnceForAnAccountWhileTheMailServerHangs()
    {
        using var client = Client();
        var email = TestAccounts.NewEmail();
        await TestAccounts.SignUpAsync(client, email);

        // The fixture's mail server never greets: sending before answering would outlast the client's timeout.
        using var known = await client.PostAsJsonAsync("api/v1/auth/password/forgot", new { email });
        using var unknown = await client.PostAsJsonAsync("api/v1/auth/password/forgot", new { email = TestAccounts.NewEmail() });

        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(await AnswerAsync(known), await AnswerAsync(unknown));
    }

    private HttpClient Client() => LoopbackSources.CreateClient(fixture.Cluster, LoopbackSources.NewAddress());

    private static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/auth/login") { Content = JsonContent.Create(new { email, password }) };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email) =>
        client.PostAsJsonAsync("api/v1/auth/register", new { email, password = TestAccounts.Password, displayName = "Ana" });

    /// <summary>Status, media type, Retry-After and body, without the per-request trace id.</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? null : JsonNode.Parse(text);
        if (body is JsonObject problem)
        {
            problem.Remove("traceId");
        }

        var retryAfter = response.Headers.TryGetValues("Retry-After", out var values) ? string.Join(",", values) : "-";
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {retryAfter} {body?.ToJsonString(JsonSerializerOptions.Default)}";
    }
}
