using GrainMarketing.Dashboard.Api.Client;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace GrainMarketing.Dashboard.Sessions;

/// <summary>Makes the generated API client over the named HTTP client, signed in as a session or anonymous.</summary>
public sealed class ApiClientFactory(IHttpClientFactory http, IOptions<DashboardOptions> options)
{
    public const string HttpClientName = "api";

    private readonly string _baseUrl = options.Value.ApiBaseUrl!.ToString().TrimEnd('/');

    public GrainMarketingApi Create(IAuthenticationProvider authentication) =>
        new(new HttpClientRequestAdapter(authentication, httpClient: http.CreateClient(HttpClientName)) { BaseUrl = _baseUrl });

    /// <summary>For the routes that need no token: sign-up, sign-in, refresh, password reset.</summary>
    public GrainMarketingApi Anonymous() => Create(new AnonymousAuthenticationProvider());

    /// <summary>The API's address, for the live feed (server-sent events, which the generated client does not read).</summary>
    public Uri BaseUri { get; } = new(options.Value.ApiBaseUrl!.ToString().TrimEnd('/') + "/");
}
