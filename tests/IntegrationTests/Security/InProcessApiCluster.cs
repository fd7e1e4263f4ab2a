using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>The API host in this process (for its routing data and its log) on the shared silo, with a signed-in admin of one tenant.</summary>
public sealed class InProcessApiCluster : IAsyncLifetime
{
    private ProcessCluster? _cluster;
    private InProcessApi? _api;
    private HttpClient? _admin;

    public CapturedLogs Logs { get; } = new();

    public InProcessApi Api => _api ?? throw new InvalidOperationException("The cluster did not start.");

    /// <summary>Signed in as the admin of <see cref="Tenant"/>.</summary>
    public HttpClient Admin => _admin ?? throw new InvalidOperationException("The cluster did not start.");

    public string Tenant { get; } = TenantJson.UniqueId("hostile");

    public async Task InitializeAsync()
    {
        _cluster = await SharedSilo.ViewAsync(new Dictionary<string, string>
        {
            ["RateLimits__Requests__TokenLimit"] = "100000",
            ["RateLimits__Requests__TokensPerPeriod"] = "100000",
        });
        _api = InProcessApi.Start(_cluster, logs: Logs);
        _admin = _api.CreateHttpClient();
        // Bodies of 100,000 records, on a machine that may be building too.
        _admin.Timeout = TimeSpan.FromSeconds(60);
        _admin.WithBearer(await TestAccounts.SignUpAsync(_admin, TestAccounts.NewEmail("hostile")));
        await TenantJson.CreateAsync(_admin, TenantJson.NewTenant(Tenant));
    }

    /// <summary>Every route that declares a JSON body (application/json or NDJSON), with the media types it takes.</summary>
    public IReadOnlyList<(string Method, RouteEndpoint Endpoint, IReadOnlyList<string> ContentTypes)> JsonRoutes() =>
    [
        .. Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Types: e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? []))
            .Where(e => e.Types.Any(t => t.Contains("json", StringComparison.OrdinalIgnoreCase)))
            .SelectMany(e => (e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["POST"])
                .Select(method => (method, e.Endpoint, (IReadOnlyList<string>)[.. e.Types.Distinct(StringComparer.OrdinalIgnoreCase)]))),
    ];

    /// <summary>The path of <paramref name="endpoint"/> with its route values filled: this cluster's tenant and ids that name nothing.</summary>
    public string PathOf(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.Parameters.Aggregate(endpoint.RoutePattern.RawText!, (text, parameter) =>
        {
            var value = parameter.Name switch
            {
                "tenant" => Tenant,
                "email" => "nobody@example.com",
                _ when parameter.ParameterPolicies.Any(p => p.Content == "guid") => Guid.Empty.ToString(),
                _ when parameter.ParameterPolicies.Any(p => p.Content == "int") => "1",
                _ => "meta:hostile-missing",
            };
            var token = text.IndexOf("{" + parameter.Name, StringComparison.Ordinal);
            return text[..token] + value + text[(text.IndexOf('}', token) + 1)..];
        }).TrimStart('/');

    public async Task DisposeAsync()
    {
        _admin?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
