using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Tenants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit.Abstractions;

namespace GrainMarketing.IntegrationTests.Auth;

/// <summary>
/// Every endpoint in the API host's routing data, called by every kind of caller: anonymous, forged
/// tokens, each role, each key scope, and a member and a key of another tenant. A new endpoint is
/// in the matrix the moment it is mapped, and it fails here unless it declares a known policy.
/// </summary>
public sealed class EndpointAccessMatrixTests(ITestOutputHelper output)
{
    /// <summary>The only routes anyone may call without credentials.</summary>
    /// <remarks>An ad platform's consent callback comes from the person's browser, redirected by the platform: its single-use, unguessable state is its credential (ConnectionsApiTests).</remarks>
    private static readonly HashSet<string> Anonymous =
    [
        "POST /api/v1/auth/register", "POST /api/v1/auth/login", "POST /api/v1/auth/refresh", "POST /api/v1/auth/logout",
        "POST /api/v1/auth/password/forgot", "POST /api/v1/auth/password/reset", "GET /api/v1/connections/callback",
        "GET /health/live", "GET /health/ready", "GET /metrics", "GET /openapi/{documentName}.json",
        "GET /scalar/{documentName?}", "GET /scalar/scalar.js", "GET /scalar/scalar.aspnetcore.js", "GET /scalar/favicon.svg",
    ];

    [Fact]
    public async Task EveryEndpointLetsInExactlyTheCallersItsPolicyNamesAndAnswersOthersWithoutData()
    {
        await using var cluster = await SharedSilo.ViewAsync(apiSettings: null);
        await using var api = InProcessApi.Start(cluster);
        using var admin = api.CreateHttpClient();
        var world = await World.CreateAsync(api, admin);

        var endpoints = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Endpoint: e)))
            .OrderBy(e => e.Endpoint.RoutePattern.RawText == "/api/v1/tenants/{tenant}/leave")
            .ToList();
        var anonymous = endpoints.Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => $"{e.Method} {e.Endpoint.RoutePattern.RawText}").ToHashSet();
        Assert.Empty(anonymous.Except(Anonymous));
        Assert.True(endpoints.Count > 30, $"only {endpoints.Count} endpoints found");

        var failures = new List<string>();
        var checkedCalls = 0;
        foreach (var (method, endpoint) in endpoints.Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList();
            var name = $"{method} {endpoint.RoutePattern.RawText}";
            if (policies is not [var policy] || (policy != TenantPolicies.SignedIn && !TenantPolicies.Requirements.ContainsKey(policy)))
            {
                failures.Add($"{name} declares [{string.Join(", ", policies)}], not exactly one known policy");
                continue;
            }

            foreach (var caller in world.Callers)
            {
                var expected = caller.Expect(policy);
                using var request = Request(method, endpoint, world.Tenant);
                caller.Authenticate(request);
                using var response = await caller.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                checkedCalls++;
                var problem = await DeniedAsync(response, world.Tenant);
                var outcome = problem.Status is { } status ? (HttpStatusCode)status : (HttpStatusCode?)null;
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{name} as {caller.Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
                else if (expected != outcome)
                {
                    failures.Add($"{name} as {caller.Name}: expected {(expected is null ? "allowed" : (int)expected)}, got {(int)response.StatusCode} {problem.Body}");
                }
                else if (outcome is not null && problem.Leaks)
                {
                    failures.Add($"{name} as {caller.Name}: the refusal carries more than a problem: {problem.Body}");
                }
            }
        }

        output.WriteLine($"{endpoints.Count} endpoints, {checkedCalls} calls checked");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(world.SecretCampaignName, await world.SecretCampaignNameAsync());
    }

    [Fact]
    public async Task AnAccessTokenStopsWorkingWhenTheHostsClockPassesItsExpiry()
    {
        await using var cluster = await SharedSilo.ViewAsync(apiSettings: null);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var api = InProcessApi.Start(cluster, clock);
        using var client = api.CreateHttpClient();
        client.WithBearer(await TestAccounts.SignUpAsync(client, TestAccounts.NewEmail("clock")));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/v1/auth/me")).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/v1/auth/me")).StatusCode);
        clock.Advance(TimeSpan.FromSeconds(31));

        using var expired = await client.GetAsync("api/v1/auth/me");
        await ProblemJson.ReadAsync(expired, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Contains("invalid_token", expired.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Request(string method, RouteEndpoint endpoint, string tenant)
    {
        var path = endpoint.RoutePattern.Parameters.Aggregate(endpoint.RoutePattern.RawText!, (text, parameter) =>
        {
            var value = parameter.Name switch
            {
                "tenant" => tenant,
                "email" => "nobody@example.com",
                "documentName" => "v1",
                _ when parameter.ParameterPolicies.Any(p => p.Content == "guid") => Guid.Empty.ToString(),
                _ when parameter.ParameterPolicies.Any(p => p.Content == "int") => "1",
                _ => "meta:matrix-missing",
            };
            var token = text.IndexOf("{" + parameter.Name, StringComparison.Ordinal);
            return text[..token] + value + text[(text.IndexOf('}', token) + 1)..];
        });
        var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    /// <summary>The refusal in <paramref name="response"/>, if it is one: 401, 403, or this tenant's 404.</summary>
    private static async Task<Refusal> DeniedAsync(HttpResponseMessage response, string tenant)
    {
        var status = (int)response.StatusCode;
        if (status is not (401 or 403 or 404))
        {
            return new Refusal(null, false, "");
        }

        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(body).RootElement;
        var tenantMissing = problem.TryGetProperty("detail", out var detail) && detail.GetString() == $"Tenant '{tenant}' does not exist.";
        if (status == 404 && !tenantMissing)
        {
            return new Refusal(null, false, body);
        }

        var fields = problem.EnumerateObject().Select(p => p.Name).ToHashSet();
        var leaks = response.Content.Headers.ContentType?.MediaType != "application/problem+json"
            || !fields.IsSubsetOf(["type", "title", "status", "detail", "traceId", "instance"]);
        return new Refusal(status, leaks, body);
    }

    private sealed record Refusal(int? Status, bool Leaks, string Body);

    /// <summary>One kind of caller: what it sends and what each policy should answer it.</summary>
    private sealed record Caller(string Name, HttpClient Client, Action<HttpRequestMessage> Authenticate, Func<string, HttpStatusCode?> Expect);

    /// <summary>A tenant with a member of each role and a key of each scope, another tenant with its own admin and key, and forged credentials.</summary>
    private sealed class World
    {
        public required string Tenant { get; init; }

        public required IReadOnlyList<Caller> Callers { get; init; }

        public string SecretCampaignName => "matrix secret";

        public required Func<Task<string?>> SecretCampaignNameAsync { get; init; }

        public static async Task<World> CreateAsync(InProcessApi api, HttpClient admin)
        {
            var tenant = TenantJson.UniqueId("matrix");
            var other = TenantJson.UniqueId("other");
            admin.WithBearer(await TestAccounts.SignUpAsync(admin, TestAccounts.NewEmail("admin")));
            await TenantJson.CreateAsync(admin, TenantJson.NewTenant(tenant));
            (await admin.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/meta:secret", new { name = "matrix secret" })).EnsureSuccessStatusCode();

            var outsiderClient = api.CreateHttpClient();
            var outsider = await TestAccounts.SignUpAsync(outsiderClient, TestAccounts.NewEmail("outsider"));
            outsiderClient.WithBearer(outsider);
            await TenantJson.CreateAsync(outsiderClient, TenantJson.NewTenant(other));
            var foreignKey = await TestAccounts.CreateKeyAsync(outsiderClient, other, "admin");

            var roles = new Dictionary<TenantRole, string>();
            foreach (var role in new[] { TenantRole.Viewer, TenantRole.Editor })
            {
                roles[role] = await MemberTokenAsync(api, admin, tenant, role);
            }

            var bearer = admin.DefaultRequestHeaders.Authorization!.Parameter!;
            admin.DefaultRequestHeaders.Authorization = null;
            var keys = new Dictionary<ApiKeyScope, string>();
            foreach (var scope in Enum.GetValues<ApiKeyScope>())
            {
                using var created = new HttpRequestMessage(HttpMethod.Post, $"api/v1/tenants/{tenant}/keys")
                {
                    Content = JsonContent.Create(new { name = $"{scope}", scope = scope.ToString().ToLowerInvariant() }),
                };
                created.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
                using var answer = await admin.SendAsync(created);
                keys[scope] = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
            }

            Caller User(string name, string token, TenantRole? role) =>
                new(name, admin, r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token), policy => ForUser(policy, role));
            Caller Key(string name, string key, ApiKeyScope? scope) =>
                new(name, admin, r => r.Headers.Add(ApiKeyAuthenticationHandler.Header, key), policy => ForKey(policy, scope));
            Caller Nobody(string name, Action<HttpRequestMessage> authenticate) => new(name, admin, authenticate, _ => HttpStatusCode.Unauthorized);

            var forgedKey = keys[ApiKeyScope.Admin][..^4] + "AAAA";
            return new World
            {
                Tenant = tenant,
                Callers =
                [
                    Nobody("anonymous", _ => { }),
                    Nobody("token signed with another key", r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Forged())),
                    Nobody("unsigned token (alg none)", r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Unsigned(bearer))),
                    Nobody("admin key with a wrong secret", r => r.Headers.Add(ApiKeyAuthenticationHandler.Header, forgedKey)),
                    User("viewer", roles[TenantRole.Viewer], TenantRole.Viewer),
                    User("editor", roles[TenantRole.Editor], TenantRole.Editor),
                    User("admin", bearer, TenantRole.Admin),
                    User("admin of another tenant", outsider, null),
                    Key("ingest key", keys[ApiKeyScope.Ingest], ApiKeyScope.Ingest),
                    Key("read key", keys[ApiKeyScope.Read], ApiKeyScope.Read),
                    Key("admin key", keys[ApiKeyScope.Admin], ApiKeyScope.Admin),
                    Key("admin key of another tenant", foreignKey, null),
                ],
                SecretCampaignNameAsync = async () =>
                {
                    using var read = new HttpRequestMessage(HttpMethod.Get, $"api/v1/tenants/{tenant}/campaigns/meta:secret");
                    read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
                    using var answer = await admin.SendAsync(read);
                    return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("metadata").GetProperty("name").GetString();
                },
            };
        }

        private static HttpStatusCode? ForUser(string policy, TenantRole? role) =>
            policy == TenantPolicies.SignedIn ? null
            : role is null ? HttpStatusCode.NotFound
            : role >= TenantPolicies.Requirements[policy].MinimumRole ? null
            : HttpStatusCode.Forbidden;

        private static HttpStatusCode? ForKey(string policy, ApiKeyScope? scope) =>
            policy == TenantPolicies.SignedIn ? HttpStatusCode.Forbidden
            : scope is null ? HttpStatusCode.NotFound
            : TenantPolicies.Requirements[policy].Scopes.Contains(scope.Value) ? null
            : HttpStatusCode.Forbidden;

        private static async Task<string> MemberTokenAsync(InProcessApi api, HttpClient admin, string tenant, TenantRole role)
        {
            using var client = api.CreateHttpClient();
            var email = TestAccounts.NewEmail(role.ToString().ToLowerInvariant());
            var token = await TestAccounts.SignUpAsync(client, email);
            var members = api.Services.GetRequiredService<IGrainFactory>().GetGrain<ITenantAccessGrain>(tenant);
            var invitation = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
            await members.InviteAsync(email, role, "matrix", invitation, DateTimeOffset.UtcNow.AddHours(1));
            await members.AcceptInvitationAsync(email, invitation);
            return token;
        }

        private static string Forged() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "grainmarketing",
            Audience = "grainmarketing-api",
            Expires = DateTime.UtcNow.AddMinutes(10),
            Claims = new Dictionary<string, object> { ["email"] = "admin@example.com", ["sub"] = Guid.NewGuid().ToString() },
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)), SecurityAlgorithms.HmacSha256),
        });

        /// <summary>The real token's header and claims re-encoded with <c>alg: none</c> and no signature.</summary>
        private static string Unsigned(string token)
        {
            var parts = token.Split('.');
            var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
            return $"{header}.{parts[1]}.";
        }
    }
}
